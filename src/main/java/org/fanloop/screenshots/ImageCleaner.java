package org.fanloop.screenshots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.fanloop.web.Words;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Takes an upload apart and builds a new image from its pixels: the type is sniffed from
 * the first bytes (never the name or the client's content type), the size is read from
 * the header before any pixel is decoded, and the pixels are written out afresh, so EXIF
 * (camera, place, time), XMP, comments and anything appended to the file are left behind.
 * JPEG stays JPEG (quality 0.92); PNG and WebP become PNG (nothing here writes WebP, and
 * PNG keeps a screenshot's text sharp).
 *
 * <p>
 * Decoding takes memory (4 bytes a pixel, 160 MB at the 40-megapixel limit), so at most
 * two decode at once per node; others wait their turn.
 */
@Component
class ImageCleaner {

	private static final int MAX_SIDE = 16_384;

	private final ScreenshotSettings settings;

	private final Semaphore decoding = new Semaphore(2);

	ImageCleaner(ScreenshotSettings settings) {
		this.settings = settings;
		ImageIO.setUseCache(false);
	}

	/** An image built afresh from an upload's pixels. */
	record CleanImage(byte[] bytes, String contentType, String extension, int width, int height) {
	}

	CleanImage clean(byte[] upload) {
		if (upload.length == 0) {
			throw new InvalidScreenshot(Words.of("image-empty"));
		}
		if (upload.length > settings.maxSize().toBytes()) {
			throw new InvalidScreenshot(
					Words.of("image-too-big", megabytes(upload.length), megabytes(settings.maxSize().toBytes())));
		}
		String format = sniff(upload);
		if (format == null) {
			throw new InvalidScreenshot(Words.of("image-type"));
		}
		BufferedImage image = decode(upload, format);
		boolean jpeg = format.equals("jpeg");
		byte[] bytes = jpeg ? writeJpeg(image) : writePng(image);
		return new CleanImage(bytes, jpeg ? "image/jpeg" : "image/png", jpeg ? "jpg" : "png", image.getWidth(),
				image.getHeight());
	}

	/** The format the bytes start like, or null. */
	static @Nullable String sniff(byte[] bytes) {
		if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "png";
		}
		if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return "jpeg";
		}
		if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
			return "webp";
		}
		return null;
	}

	private static boolean starts(byte[] bytes, int at, int... expected) {
		if (bytes.length < at + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[at + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private BufferedImage decode(byte[] upload, String format) {
		String name = format.toUpperCase(Locale.ROOT);
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (!readers.hasNext()) {
				throw new IllegalStateException("no ImageIO reader for " + format);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
						|| (long) width * height > settings.maxPixels()) {
					throw new InvalidScreenshot(
							Words.of("image-pixels", width, height, MAX_SIDE, settings.maxPixels() / 1_000_000));
				}
				decoding.acquireUninterruptibly();
				try {
					return reader.read(0);
				}
				finally {
					decoding.release();
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (InvalidScreenshot ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// A truncated or crafted file: the decoders throw all sorts (IIOException,
			// IndexOutOfBounds, IllegalArgument); none of them is the server's fault.
			throw new InvalidScreenshot(Words.of("image-unreadable", name));
		}
	}

	private static byte[] writePng(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("no ImageIO writer for PNG");
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write a PNG in memory", ex);
		}
	}

	private static byte[] writeJpeg(BufferedImage decoded) {
		// JPEG has no alpha and the writer wants plain RGB (a CMYK or grey-with-alpha
		// image would come out wrong or not at all): draw the pixels onto one.
		BufferedImage image = decoded;
		if (decoded.getType() != BufferedImage.TYPE_INT_RGB && decoded.getType() != BufferedImage.TYPE_3BYTE_BGR) {
			image = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			try {
				graphics.drawImage(decoded, 0, 0, java.awt.Color.WHITE, null);
			}
			finally {
				graphics.dispose();
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.92f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write a JPEG in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
	}

}
