package coop.spokes.transparency.infra;

import coop.spokes.transparency.model.Receipt;
import coop.spokes.transparency.model.TransparencyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receipt files: what a file is, decided by its content and never by its name (a PDF that PDFBox
 * opens with at least one page, a PNG or JPEG image whose pixels decode), and where its bytes are
 * kept: in the database, or in the directory {@code spokes.transparency.receipts.directory} when it
 * is set.
 */
@ApplicationScoped
public class ReceiptFiles {
  /** Images are decoded at most this many pixels (subsampled), so a huge image costs no memory. */
  private static final long MAX_DECODED_PIXELS = 1_000_000;

  /** The checked kind of a receipt file and the hash of its bytes. */
  public record Checked(String mediaType, String sha256) {}

  @Inject
  @ConfigProperty(name = "spokes.transparency.receipts.directory")
  Optional<String> directory;

  /**
   * What {@code content} is.
   *
   * @throws TransparencyException {@code transparency.receipt.empty}, {@code
   *     transparency.receipt.tooBig}, {@code transparency.receipt.type} at field {@code receipt}
   */
  public static Checked check(byte[] content) {
    if (content == null || content.length == 0) {
      throw new TransparencyException("receipt", "transparency.receipt.empty");
    }
    if (content.length > Receipt.MAX_BYTES) {
      throw new TransparencyException("receipt", "transparency.receipt.tooBig", 5);
    }
    String type;
    if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      type = isPdf(content) ? "application/pdf" : null;
    } else if (startsWith(
        content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
      type = isImage(content, "png") ? "image/png" : null;
    } else if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
      type = isImage(content, "jpeg") ? "image/jpeg" : null;
    } else {
      type = null;
    }
    if (type == null) {
      throw new TransparencyException("receipt", "transparency.receipt.type");
    }
    return new Checked(type, sha256(content));
  }

  /** Where new receipts' bytes go: a directory, or empty for the database. */
  public Optional<Path> directory() {
    return directory.filter(d -> !d.isBlank()).map(Path::of);
  }

  /** Writes {@code content} into the receipts directory; returns the name it is stored under. */
  public String store(Path dir, byte[] content) {
    String name = UUID.randomUUID() + ".bin";
    try {
      Files.createDirectories(dir);
      Path temporary = Files.createTempFile(dir, "receipt", ".part");
      Files.write(temporary, content);
      Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store a receipt in " + dir, e);
    }
  }

  /** Reads a receipt stored in the directory under {@code storedName}. */
  public byte[] read(String storedName) {
    Path dir = directory().orElseThrow(() -> new IllegalStateException("no receipts directory"));
    if (!storedName.matches("[0-9a-f-]{36}\\.bin")) {
      throw new IllegalArgumentException("not a stored receipt name: " + storedName);
    }
    try {
      return Files.readAllBytes(dir.resolve(storedName));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read receipt " + storedName + " in " + dir, e);
    }
  }

  private static boolean isPdf(byte[] content) {
    try (PDDocument doc = Loader.loadPDF(content)) {
      return doc.getNumberOfPages() > 0;
    } catch (IOException | RuntimeException e) {
      return false; // not a PDF, damaged, or locked with a password treasurers do not have
    }
  }

  private static boolean isImage(byte[] content, String format) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
      if (in == null || !readers.hasNext()) {
        return false;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0) {
          return false;
        }
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS)));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param) != null;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
