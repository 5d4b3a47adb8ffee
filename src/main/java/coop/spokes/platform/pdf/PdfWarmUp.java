package coop.spokes.platform.pdf;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes one throwaway page with the documents' fonts in the background once the application has
 * started, so the first receipt, certificate or report a user asks for does not also pay for
 * loading PDFBox and parsing the fonts (about three seconds on two cores).
 */
@ApplicationScoped
public class PdfWarmUp {
  private static final Logger LOG = Logger.getLogger(PdfWarmUp.class.getName());

  @Resource ManagedExecutorService executor;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    executor.submit(PdfWarmUp::writeOnePage);
  }

  static void writeOnePage() {
    try (PDDocument doc = new PDDocument()) {
      PdfText.Fonts fonts = PdfText.fonts(doc);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        PdfText.write(s, fonts.bold(), 12, 50, 700, "Spokes — 0123456789 €£$ ÀÉÎÕÜ àéîõü ç ñ");
        PdfText.write(s, fonts.regular(), 10, 50, 680, "Spokes — 0123456789 €£$ ÀÉÎÕÜ àéîõü ç ñ");
        s.addRect(50, 600, 100, 20);
        s.fill();
      }
      doc.save(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "PDF warm-up failed (the first document will be slower)", e);
    }
  }
}
