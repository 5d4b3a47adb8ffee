package coop.spokes.transparency.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.transparency.report.ExportLine;
import coop.spokes.transparency.report.Period;
import coop.spokes.transparency.report.PeriodReport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {
  static final Locale EN = Locale.ENGLISH;

  @Test
  void theReportReadsBackWithItsFiguresChartsLinesAndPageNumbers() throws Exception {
    PeriodReport report =
        new PeriodReport(
            new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
            "EUR",
            List.of(
                new PeriodReport.IncomeCell(1, "PRODUCER", new BigDecimal("1200.00")),
                new PeriodReport.IncomeCell(1, "CONSUMER", new BigDecimal("800.00"))),
            new BigDecimal("2000.00"),
            List.of(
                new PeriodReport.CategoryRow(
                    "hosting",
                    new BigDecimal("900.00"),
                    new BigDecimal("1200.00"),
                    new BigDecimal("0.75")),
                new PeriodReport.CategoryRow("fees", new BigDecimal("100.00"), null, null)),
            new BigDecimal("1000.00"),
            new BigDecimal("1200.00"),
            new BigDecimal("1000.00"),
            new BigDecimal("25.00"),
            null,
            new PeriodReport.ShadowBudget(
                new BigDecimal("40"), new BigDecimal("800.00"), BigDecimal.ZERO, BigDecimal.ZERO),
            new PeriodReport.InKindBeside(
                new BigDecimal("300"), new BigDecimal("60.00"), new BigDecimal("900.00")),
            List.of(
                new PeriodReport.RateUsed("GBP", YearMonth.of(2026, 3), new BigDecimal("1.16"))));
    List<ExportLine> ledger = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      ledger.add(
          new ExportLine(
              ExportLine.Section.EXPENSE,
              LocalDate.of(2026, 1 + i % 12, 1 + i % 28),
              1,
              "hosting",
              "Payee number " + i,
              "Server rent " + i,
              null,
              new BigDecimal("6.00"),
              "EUR"));
    }
    List<Long> progress = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ReportPdf.write(
        out,
        new ReportPdf.Cover(
            "Period report",
            "Xarxa Comuna SCCL",
            "From 1 Jan 2026 to 31 Dec 2026",
            "Made on 6 Dec 2026",
            "Audit chain “transparency” at event 12, hash abc",
            new int[] {46, 111, 94},
            null),
        report,
        words(),
        each -> ledger.forEach(each),
        progress::add);

    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      int pages = doc.getNumberOfPages();
      String text = new PDFTextStripper().getText(doc);
      assertThat(pages).isGreaterThanOrEqualTo(5); // cover, summary, charts, 150 lines
      assertThat(text)
          .contains("Xarxa Comuna SCCL")
          .contains("Audit chain “transparency” at event 12, hash abc")
          .contains("Income €2,000.00")
          .contains("Result €1,000.00")
          .contains("75%")
          .contains(Texts.text(EN, "transparency.pdf.barChart"))
          .contains("Producer: €1,200.00 (60%)")
          .contains("Payee number 1")
          .contains("Payee number 150")
          .contains("page 1 of " + pages)
          .contains("page " + pages + " of " + pages)
          .contains("March 2026: 1 GBP = 1.16000 EUR");
    }
    assertThat(progress).last().isEqualTo(150L);
  }

  static ReportPdf.Words words() {
    return new ReportPdf.Words(
        EN, "EUR", Map.of("hosting", "Hosting", "fees", "Fees"), Map.of(1L, "Xarxa Comuna SCCL"));
  }
}
