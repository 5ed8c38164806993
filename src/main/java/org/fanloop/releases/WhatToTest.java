package org.fanloop.releases;

import java.util.List;

import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostKind;

/**
 * A beta build's "What to Test", written for its testers from the posts it delivers: the
 * ideas and answers it brings, then the bugs it fixes, each with its title and one line
 * of its description. Staff edit it as they like; this is only the first draft.
 */
final class WhatToTest {

	private static final int LINE = 140;

	/**
	 * The column holds 20,000 characters; a beta of 500 posts would need about 90,000.
	 */
	static final int MAX = 20_000;

	/** Room kept for the closing line and the second heading. */
	private static final int RESERVE = 200;

	private WhatToTest() {
	}

	static String draft(List<PostCard> delivered) {
		List<PostCard> changes = delivered.stream().filter(card -> card.kind() != PostKind.BUG).toList();
		List<PostCard> fixes = delivered.stream().filter(card -> card.kind() == PostKind.BUG).toList();
		StringBuilder text = new StringBuilder();
		int left = 0;
		if (!changes.isEmpty()) {
			text.append("**Try what is new or changed**\n\n");
			left += items(text, changes, fixes.isEmpty() ? MAX - RESERVE : MAX / 2);
		}
		if (!fixes.isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n").append("**Check that these bugs are fixed**\n\n");
			left += items(text, fixes, MAX - RESERVE);
		}
		if (left > 0) {
			text.append("\n…and ").append(left).append(" more: see the build's list of posts.");
		}
		return text.toString().strip();
	}

	/**
	 * Lists the cards while the text stays within {@code limit} characters (the first
	 * list gets at most half, unless the second is empty); returns how many did not fit.
	 */
	private static int items(StringBuilder text, List<PostCard> cards, int limit) {
		for (int i = 0; i < cards.size(); i++) {
			String item = item(cards.get(i));
			if (text.length() + item.length() > limit) {
				return cards.size() - i;
			}
			text.append(item);
		}
		return 0;
	}

	private static String item(PostCard card) {
		StringBuilder text = new StringBuilder("- ").append(escape(card.title()));
		String line = firstLine(card.excerpt());
		if (!line.isEmpty()) {
			text.append(": ").append(escape(line));
		}
		return text.append(" (#").append(card.id()).append(")\n").toString();
	}

	/** The first sentence of the excerpt, at most a line long. */
	private static String firstLine(String excerpt) {
		String text = excerpt.strip();
		int end = text.indexOf(". ");
		if (end > 0 && end < LINE) {
			return text.substring(0, end + 1);
		}
		return (text.length() <= LINE) ? text : text.substring(0, LINE - 1).stripTrailing() + "…";
	}

	/** Members' words stay words: no Markdown of theirs in the note. */
	private static String escape(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]<>#!|~])", "\\\\$1");
	}

}
