package coop.spokes.transparency.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.transparency.model.Receipt;
import coop.spokes.transparency.model.TransparencyException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receipt's kind is decided by its content: the name it was uploaded under counts for nothing.
 */
class ReceiptFilesTest {
  @Test
  void aPdfAPngAndAJpegAreRecognisedByTheirContent() throws IOException {
    assertThat(ReceiptFiles.check(pdf(null)).mediaType()).isEqualTo("application/pdf");
    assertThat(ReceiptFiles.check(image("png")).mediaType()).isEqualTo("image/png");
    assertThat(ReceiptFiles.check(image("jpeg")).mediaType()).isEqualTo("image/jpeg");
    assertThat(ReceiptFiles.check(pdf(null)).sha256()).hasSize(64);
  }

  @Test
  void textThatStartsLikeAPdfIsRefused() {
    refused("%PDF-1.7\nthis is not a PDF\n".getBytes(StandardCharsets.US_ASCII), "type");
  }

  @Test
  void aTruncatedImageIsRefused() throws IOException {
    byte[] png = image("png");
    refused(Arrays.copyOf(png, 20), "type");
    byte[] jpeg = image("jpeg");
    refused(Arrays.copyOf(jpeg, 40), "type");
  }

  @Test
  void otherKindsOfFileAreRefused() {
    refused("name,amount\nx,1\n".getBytes(StandardCharsets.UTF_8), "type");
    refused(new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0}, "type");
    refused(new byte[] {'P', 'K', 3, 4, 0, 0}, "type");
  }

  @Test
  void aPdfLockedWithAPasswordIsRefused() throws IOException {
    refused(pdf("secret"), "type");
  }

  @Test
  void emptyAndTooLargeFilesAreRefused() throws IOException {
    refused(new byte[0], "empty");
    byte[] large = Arrays.copyOf(pdf(null), Receipt.MAX_BYTES + 1);
    refused(large, "tooBig");
  }

  @Test
  void aStoredReceiptIsReadBackByItsNameOnly(@TempDir Path dir) throws IOException {
    ReceiptFiles files = new ReceiptFiles();
    files.directory = java.util.Optional.of(dir.toString());
    byte[] content = pdf(null);
    String name = files.store(dir, content);
    assertThat(files.read(name)).isEqualTo(content);
    try (var listed = Files.list(dir)) {
      assertThat(listed.map(p -> p.getFileName().toString())).containsExactly(name);
    }
    assertThatThrownBy(() -> files.read("../" + name)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void refused(byte[] content, String why) {
    assertThatThrownBy(() -> ReceiptFiles.check(content))
        .isInstanceOfSatisfying(
            TransparencyException.class,
            e -> {
              assertThat(e.key()).isEqualTo("transparency.receipt." + why);
              assertThat(e.field()).isEqualTo("receipt");
            });
  }

  private static byte[] pdf(String password) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      img.setRGB(x, x % 48, 0xff8800);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, format, out)).isTrue();
    return out.toByteArray();
  }
}
