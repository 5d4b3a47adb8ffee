package coop.spokes.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A file sent with a mail (e.g. an assembly's {@code .ics} invitation): a file name, a MIME content
 * type and the bytes, kept with the message in the outbox until it is sent. Attachments never carry
 * secrets (the outbox keeps them as they are).
 */
@Embeddable
public class MailAttachment {
  /** What one attachment may weigh; mail servers commonly refuse messages above 10 MB. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final Pattern CONTENT_TYPE =
      Pattern.compile("[a-z0-9.+-]+/[a-z0-9.+-]+(; *[a-z-]+=[A-Za-z0-9._-]+)*");

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 200)
  private String contentType;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected MailAttachment() {}

  /**
   * @param fileName shown to the recipient; one line, no path, at most 200 characters
   * @param contentType e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
   * @param content at most {@link #MAX_BYTES}
   */
  public MailAttachment(String fileName, String contentType, byte[] content) {
    if (fileName == null
        || fileName.isBlank()
        || fileName.length() > 200
        || fileName.matches(".*[\\p{Cc}/\\\\].*")) {
      throw new IllegalArgumentException("attachment name must be one plain file name");
    }
    if (contentType == null || !CONTENT_TYPE.matcher(contentType).matches()) {
      throw new IllegalArgumentException("not a content type: " + contentType);
    }
    if (content == null || content.length > MAX_BYTES) {
      throw new IllegalArgumentException("attachment missing or larger than " + MAX_BYTES);
    }
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content.clone();
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MailAttachment a
        && fileName.equals(a.fileName)
        && contentType.equals(a.contentType)
        && Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return fileName.hashCode() * 31 + Arrays.hashCode(content);
  }
}
