import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server for benchmarks (docs/bench/cast-rate.sh): GreenMail, as the integration tests use
 * it, on 127.0.0.1:PORT (3025, Spokes' default), accepting every message and dropping them every
 * second so memory stays flat; prints how many it received when stopped. Run with the test class
 * path: java -cp "$(cat target/test-classpath.txt)" docs/bench/SmtpSink.java [PORT]
 */
public class SmtpSink {
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 3025;
    GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    long[] received = {0};
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  received[0] += mail.getReceivedMessages().length;
                  System.out.println("smtp sink: " + received[0] + " messages received");
                  mail.stop();
                }));
    System.out.println("smtp sink listening on 127.0.0.1:" + port);
    while (true) {
      Thread.sleep(1000);
      synchronized (received) {
        received[0] += mail.getReceivedMessages().length;
        mail.purgeEmailFromAllMailboxes();
      }
    }
  }
}
