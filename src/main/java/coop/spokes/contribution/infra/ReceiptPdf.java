package coop.spokes.contribution.infra;

import coop.spokes.contribution.model.Payment;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The receipt of a payment or of its reversal (A4, PDFBox), in the member's language: the
 * custodian, the receipt number, the member, the amount in the custodian's currency, the date
 * received, the fiscal year covered, the method and reference.
 */
public final class ReceiptPdf {
  private ReceiptPdf() {}

  public static byte[] render(Payment p, MemberFacts m, CustodianSummary c, String reverses) {
    Locale locale = Languages.localeOf(m.language());
    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(Currency.getInstance(p.getMoney().currency()));
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    List<String> lines = new ArrayList<>();
    lines.add(Texts.text(locale, "contribution.receipt.member", m.displayName(), m.memberNumber()));
    lines.add(
        Texts.text(locale, "contribution.receipt.amount", money.format(p.getMoney().amount())));
    lines.add(Texts.text(locale, "contribution.receipt.received", p.getReceivedOn().format(date)));
    lines.add(Texts.text(locale, "contribution.receipt.year", Integer.toString(p.getFiscalYear())));
    lines.add(
        Texts.text(
            locale,
            "contribution.receipt.method",
            Texts.text(locale, "contribution.PaymentMethod." + p.getMethod().name())));
    if (p.getExternalReference() != null) {
      lines.add(Texts.text(locale, "contribution.receipt.reference", p.getExternalReference()));
    }
    if (reverses != null) {
      lines.add(Texts.text(locale, "contribution.receipt.reverses", reverses));
      lines.add(Texts.text(locale, "contribution.receipt.reason", p.getNote()));
    }
    String title =
        Texts.text(
            locale,
            reverses == null ? "contribution.receipt.title" : "contribution.receipt.reversalTitle",
            p.getReceiptNumber());
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      doc.getDocumentInformation().setTitle(title);
      coop.spokes.platform.pdf.PdfText.Fonts fonts = coop.spokes.platform.pdf.PdfText.fonts(doc);
      PDFont bold = fonts.bold();
      PDFont regular = fonts.regular();
      float top = PDRectangle.A4.getHeight();
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.setNonStrokingColor(0.12f, 0.16f, 0.16f);
        PdfText.write(s, bold, 16, 50, top - 60, c.name());
        float y = top - 78;
        for (String addressLine : c.contactAddress().split("\n")) {
          PdfText.write(s, regular, 10, 50, y, addressLine.strip());
          y -= 13;
        }
        PdfText.write(s, regular, 10, 50, y, c.contactEmail());
        PdfText.write(s, bold, 20, 50, top - 170, title);
        y = top - 210;
        for (String line : lines) {
          PdfText.write(s, regular, 12, 50, y, line);
          y -= 22;
        }
        s.setNonStrokingColor(0.36f, 0.4f, 0.4f);
        PdfText.write(
            s,
            regular,
            9,
            50,
            40,
            Texts.text(
                locale,
                "contribution.receipt.footer",
                c.name(),
                p.getRecordedAt().toLocalDate().format(date)));
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
