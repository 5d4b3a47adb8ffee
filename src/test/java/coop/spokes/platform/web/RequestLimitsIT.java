package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.testing.DemoData;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bodies nobody needs are refused from the headers alone, over a raw socket so the test controls
 * exactly what is sent: the body of an oversized request is never sent at all, so an answer at all
 * proves that the server did not wait to read it.
 */
class RequestLimitsIT extends SpokesIT {

  @Test
  void anAnonymousPostOfTwoMegabytesIsRefusedWith413BeforeItsBodyIsRead() throws IOException {
    visitor().get("identity/login.xhtml"); // the server is up and warm
    long start = System.nanoTime();

    String response =
        headersOnly(
            "POST",
            "identity/login.xhtml",
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 2097152\r\n",
            null);

    assertThat(statusOf(response)).isEqualTo(413);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void anAnonymousChunkedPostIsRefusedBeforeItsBodyIsRead() throws IOException {
    // One chunk of 1 KB and never the last chunk: the body has no end the server could wait for.
    byte[] firstChunk = ("400\r\n" + "a".repeat(1024) + "\r\n").getBytes(StandardCharsets.US_ASCII);

    String response =
        headersOnly(
            "POST",
            "membership/join.xhtml",
            "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n",
            firstChunk);

    assertThat(statusOf(response)).isEqualTo(411);
  }

  @Test
  void aMultipartPostToAPageThatDoesNotUploadIsRefused() throws IOException {
    String body = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--b--\r\n";
    String signedInSession = signedIn(DemoData.MANAGER_UK).cookie("JSESSIONID").orElseThrow();

    String anonymous = multipart("identity/login.xhtml", body, null);
    String signedIn = multipart("index.xhtml", body, signedInSession);

    // (The upload pages themselves take multipart posts: MemberImportIT, PaymentImportIT.)
    assertThat(statusOf(anonymous)).isEqualTo(415);
    assertThat(statusOf(signedIn)).isEqualTo(415);
  }

  @Test
  void aSmallAnonymousFormPostStillWorks() {
    WebClient visitor = visitor();

    var page = visitor.signIn("nobody-at-all@example.org", "wrong password");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.doc().getElementById("loginForm")).isNotNull();
  }

  private String multipart(String path, String body, String session) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
    return headersOnly(
        "POST",
        path,
        "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: "
            + bytes.length
            + "\r\n"
            + (session == null ? "" : "Cookie: JSESSIONID=" + session + "\r\n"),
        bytes);
  }

  /**
   * Sends the request line and headers (and {@code body} if given); returns the answer's status
   * line and headers.
   */
  private String headersOnly(String method, String path, String headers, byte[] body)
      throws IOException {
    URI uri = base().resolve(path);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
      socket.setSoTimeout(15_000);
      String head =
          method
              + " "
              + uri.getRawPath()
              + " HTTP/1.1\r\nHost: localhost:"
              + uri.getPort()
              + "\r\nAccept-Language: en\r\nConnection: close\r\n"
              + headers
              + "\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      // The status line and headers are enough; a server waiting for the body times out here.
      while (!answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")
          && (n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static int statusOf(String response) {
    assertThat(response).startsWith("HTTP/1.1 ");
    return Integer.parseInt(response.substring(9, 12));
  }
}
