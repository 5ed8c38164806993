package org.fanloop.accounts;

import java.util.Locale;

import org.fanloop.web.Secrets;

/**
 * A member's generated avatar: a 5 × 5 pattern, mirrored left to right, in a colour, all
 * from the SHA-256 of the username, so the same name always looks the same and no outside
 * service learns who reads which page. Drawn as SVG (a few hundred bytes).
 */
final class Identicon {

	private static final int CELLS = 5;

	private Identicon() {
	}

	static String svg(String username) {
		byte[] hash = Secrets.sha256(username.toLowerCase(Locale.ROOT));
		int hue = ((hash[0] & 0xff) << 8 | (hash[1] & 0xff)) % 360;
		// Dark enough on the light background for a 3:1 contrast of the pattern.
		String colour = "hsl(" + hue + ",55%,42%)";
		StringBuilder svg = new StringBuilder(600);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(CELLS + 1)
			.append(' ')
			.append(CELLS + 1)
			.append("\" shape-rendering=\"crispEdges\"><rect width=\"6\" height=\"6\" fill=\"hsl(")
			.append(hue)
			.append(",40%,94%)\"/><g fill=\"")
			.append(colour)
			.append("\">");
		int half = (CELLS + 1) / 2;
		for (int row = 0; row < CELLS; row++) {
			for (int column = 0; column < half; column++) {
				int bit = row * half + column;
				if (((hash[2 + bit / 8] >> (bit % 8)) & 1) == 0) {
					continue;
				}
				cell(svg, column, row);
				if (column != CELLS - 1 - column) {
					cell(svg, CELLS - 1 - column, row);
				}
			}
		}
		return svg.append("</g></svg>").toString();
	}

	private static void cell(StringBuilder svg, int column, int row) {
		svg.append("<rect x=\"")
			.append(column + 0.5)
			.append("\" y=\"")
			.append(row + 0.5)
			.append("\" width=\"1\" height=\"1\"/>");
	}

}
