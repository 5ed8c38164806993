package org.fanloop.screenshots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Images for the tests, made here: a JPEG carrying an EXIF block and a PNG carrying a
 * text chunk, each with a marker that must not survive the upload.
 */
final class TestImages {

	static final String MARKER = "SECRET-PLACE-48.8584N";

	private TestImages() {
	}

	static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 120, 200));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	/** A JPEG whose APP1 segment holds EXIF with the marker as its ImageDescription. */
	static byte[] jpegWithExif(int width, int height) {
		byte[] plain = write(picture(width, height), "jpeg");
		byte[] text = (MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
		// TIFF, big-endian: header, one IFD entry (ImageDescription, ASCII) pointing past
		// the IFD, no next IFD, then the text.
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + text.length);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(26);
		tiff.putInt(0);
		tiff.put(text);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
		ByteBuffer segment = ByteBuffer.allocate(4 + exif.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
		// After SOI (FF D8).
		return concat(concat(new byte[] { plain[0], plain[1] }, segment.array()),
				java.util.Arrays.copyOfRange(plain, 2, plain.length));
	}

	/** A PNG with a tEXt chunk holding the marker, before the image data. */
	static byte[] pngWithText(int width, int height) {
		byte[] plain = write(picture(width, height), "png");
		byte[] chunk = chunk("tEXt", ("Comment\0" + MARKER).getBytes(StandardCharsets.ISO_8859_1));
		int afterHeader = 8 + 25; // signature, IHDR (length, type, 13 bytes, CRC)
		return concat(concat(java.util.Arrays.copyOfRange(plain, 0, afterHeader), chunk),
				java.util.Arrays.copyOfRange(plain, afterHeader, plain.length));
	}

	/** A PNG signature and header that claim a huge image, and nothing else of note. */
	static byte[] pngClaiming(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13);
		header.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		return concat(concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A },
				chunk("IHDR", header.array())), chunk("IEND", new byte[0]));
	}

	static byte[] write(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
		return chunk.array();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
