package coop.spokes.transparency.infra;

import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.pdf.MeasuredFont;
import coop.spokes.platform.pdf.PdfText;
import coop.spokes.transparency.report.ExportLine;
import coop.spokes.transparency.report.PeriodReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Writes a period's report as a PDF (A4 portrait, PDFBox): a cover in the custodian's colour and
 * logo with the audit-chain head at generation, the report's tables, a bar chart of spending
 * against budget and a pie chart of income by membership class drawn into the page, then every
 * expense and paid-work line, and page numbers. Pages are kept in a scratch file while the document
 * grows, so memory stays flat however many lines it lists.
 */
public final class ReportPdf {
  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float BODY = 9.5f;
  private static final float[][] PALETTE = {
    {0.18f, 0.44f, 0.37f},
    {0.85f, 0.55f, 0.18f},
    {0.27f, 0.42f, 0.70f},
    {0.72f, 0.30f, 0.35f},
    {0.50f, 0.40f, 0.65f},
    {0.40f, 0.60f, 0.25f},
    {0.55f, 0.55f, 0.55f}
  };

  private ReportPdf() {}

  /** What the cover says, and the custodian's branding (RGB accent, logo or null). */
  public record Cover(
      String title,
      String who,
      String period,
      String generated,
      String auditHead,
      int[] accent,
      BufferedImage logo) {}

  /**
   * The words and formats of the document's language: texts from the bundles, amounts, rates, dates
   * and hours as the reader writes them, and the names of categories and custodians.
   *
   * @param currency the report's currency
   * @param categories each category's name in {@code locale}, by code (an unknown code reads as
   *     itself)
   * @param custodians each custodian's name, by id
   */
  public record Words(
      Locale locale,
      String currency,
      Map<String, String> categories,
      Map<Long, String> custodians) {

    String text(String key, Object... args) {
      return Texts.text(locale, key, args);
    }

    /** An amount in the report's currency. */
    String money(BigDecimal amount) {
      return Formatting.money(amount, currency, locale);
    }

    /** An amount in {@code in}. */
    String money(BigDecimal amount, String in) {
      return Formatting.money(amount, in, locale);
    }

    String percent(BigDecimal share) {
      return Formatting.percent(share, locale);
    }

    String rate(BigDecimal rate) {
      return Formatting.rate(rate, locale);
    }

    String month(YearMonth month) {
      return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
          + " "
          + month.getYear();
    }

    String hours(BigDecimal hours) {
      return Formatting.decimal(hours, 2, locale);
    }

    String date(LocalDate day) {
      return Formatting.date(day, locale);
    }

    String category(String code) {
      return categories.getOrDefault(code, code);
    }

    String custodian(long id) {
      return custodians.getOrDefault(id, "—");
    }

    String memberClass(String code) {
      return Texts.text(locale, "membership.MemberClass.short." + code);
    }
  }

  /** Hands over the lines a document lists, in order. */
  public interface LineSource {
    void forEach(Consumer<ExportLine> each);
  }

  /**
   * Writes the report to {@code out}; {@code ledger} lists the expense and paid-work lines and
   * {@code progress} hears how many lines were written so far.
   */
  public static void write(
      OutputStream out,
      Cover cover,
      PeriodReport report,
      Words words,
      LineSource ledger,
      LongConsumer progress) {
    try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      doc.getDocumentInformation().setTitle(cover.title() + " — " + cover.who());
      PdfText.Fonts fonts = PdfText.fonts(doc);
      float[] accent = rgb(cover.accent());
      Pages p = new Pages(doc, fonts);
      cover(doc, p, cover, accent);
      summary(p, report, words);
      charts(p, report, words, accent);
      lines(p, words, ledger, progress);
      p.close();
      numberPages(doc, fonts, cover.who() + " · " + cover.period(), words);
      doc.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cover(PDDocument doc, Pages p, Cover c, float[] accent) throws IOException {
    PDPageContentStream s = p.newPage();
    s.setNonStrokingColor(accent[0], accent[1], accent[2]);
    s.addRect(0, HEIGHT - 120, WIDTH, 120);
    s.fill();
    if (c.logo() != null) {
      var image = LosslessFactory.createFromImage(doc, c.logo());
      float h = 70;
      float w = h * image.getWidth() / image.getHeight();
      s.drawImage(image, WIDTH - MARGIN - w, HEIGHT - 95, w, h);
    }
    s.setNonStrokingColor(1f, 1f, 1f);
    PdfText.write(s, p.fonts.bold(), 24, MARGIN, HEIGHT - 75, c.title());
    s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
    float y = HEIGHT - 190;
    PdfText.write(s, p.fonts.bold(), 18, MARGIN, y, c.who());
    PdfText.write(s, p.fonts.regular(), 14, MARGIN, y - 28, c.period());
    PdfText.write(s, p.fonts.regular(), 10, MARGIN, y - 60, c.generated());
    float line = y - 80;
    for (String part : p.regular.wrap(c.auditHead(), 8.5f, WIDTH - 2 * MARGIN)) {
      PdfText.writeEncodable(s, p.fonts.regular(), 8.5f, MARGIN, line, part);
      line -= 12;
    }
  }

  private static void summary(Pages p, PeriodReport r, Words w) throws IOException {
    p.newPage();
    p.heading(w.text("transparency.report.title"));
    p.row(
        new float[] {0, 170, 340},
        new boolean[] {false, false, false},
        true,
        w.text("transparency.report.income") + " " + w.money(r.incomeTotal()),
        w.text("transparency.report.expenses") + " " + w.money(r.expensesTotal()),
        w.text("transparency.report.result") + " " + w.money(r.result()));
    p.space(10);

    float[] three = {0, 220, 400};
    boolean[] lastRight = {false, false, true};
    p.heading(w.text("transparency.report.incomeBy"));
    p.row(
        three,
        lastRight,
        true,
        w.text("transparency.field.custodian"),
        w.text("transparency.report.class"),
        w.text("transparency.field.amount"));
    for (PeriodReport.IncomeCell c : r.income()) {
      p.row(
          three,
          lastRight,
          false,
          w.custodian(c.custodianId()),
          w.memberClass(c.memberClass()),
          w.money(c.amount()));
    }

    float[] four = {0, 250, 345, 440};
    boolean[] numbers = {false, true, true, true};
    p.heading(w.text("transparency.report.expensesBy"));
    p.row(
        four,
        numbers,
        true,
        w.text("transparency.field.category"),
        w.text("transparency.report.actual"),
        w.text("transparency.report.budget"),
        w.text("transparency.report.share"));
    for (PeriodReport.CategoryRow e : r.expenses()) {
      p.row(
          four,
          numbers,
          false,
          w.category(e.category()),
          w.money(e.actual()),
          e.budget() == null ? "" : w.money(e.budget()),
          e.spentShare() == null ? "" : w.percent(e.spentShare()));
    }

    float[] two = {0, 400};
    boolean[] right = {false, true};
    p.heading(w.text("transparency.report.unitCosts"));
    p.row(
        two,
        right,
        false,
        w.text("transparency.report.perMember"),
        r.costPerActiveMember() == null ? "" : w.money(r.costPerActiveMember()));
    p.row(
        two,
        right,
        false,
        w.text("transparency.report.perHour"),
        r.costPerParticipantHour() == null ? "" : w.money(r.costPerParticipantHour()));

    float[] shadow = {0, 330, 415};
    boolean[] shadowRight = {false, true, true};
    p.heading(w.text("transparency.report.shadow"));
    p.row(
        shadow,
        shadowRight,
        true,
        "",
        w.text("transparency.report.hours"),
        w.text("transparency.field.amount"));
    p.row(
        shadow,
        shadowRight,
        false,
        w.text("transparency.report.volunteer"),
        w.hours(r.shadow().volunteerHours()),
        w.money(r.shadow().volunteerValue()));
    p.row(
        shadow,
        shadowRight,
        false,
        w.text("transparency.report.paid"),
        w.hours(r.shadow().paidHours()),
        w.money(r.shadow().paidCost()));

    p.heading(w.text("transparency.report.inKind"));
    p.row(
        two,
        right,
        false,
        w.text("transparency.report.lentHours"),
        w.hours(r.inKind().participantHours()));
    p.row(two, right, false, w.text("transparency.report.lentValue"), w.money(r.inKind().value()));
    p.row(
        two,
        right,
        false,
        w.text("transparency.report.paidHosting"),
        w.money(r.inKind().paidHosting()));

    if (!r.ratesUsed().isEmpty()) {
      p.heading(w.text("transparency.report.ratesUsed"));
      for (PeriodReport.RateUsed u : r.ratesUsed()) {
        p.text(
            w.text(
                "transparency.pdf.rate",
                w.month(u.month()),
                u.currency(),
                w.rate(u.rate()),
                r.currency()));
      }
    }
  }

  private static void charts(Pages p, PeriodReport r, Words w, float[] accent) throws IOException {
    PDPageContentStream s = p.newPage();
    p.heading(w.text("transparency.pdf.barChart"));
    BigDecimal max = BigDecimal.ZERO;
    for (PeriodReport.CategoryRow e : r.expenses()) {
      max = max.max(e.actual()).max(e.budget() == null ? BigDecimal.ZERO : e.budget());
    }
    float barX = MARGIN + 140;
    float barWidth = WIDTH - MARGIN - barX - 90;
    for (PeriodReport.CategoryRow e : r.expenses()) {
      float y = p.take(30);
      s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
      PdfText.writeEncodable(
          s,
          p.fonts.regular(),
          BODY,
          MARGIN,
          y + 12,
          p.regular.cut(w.category(e.category()), BODY, 135));
      s.setNonStrokingColor(accent[0], accent[1], accent[2]);
      s.addRect(barX, y + 10, share(e.actual(), max) * barWidth, 11);
      s.fill();
      s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
      PdfText.write(
          s,
          p.fonts.regular(),
          8,
          barX + share(e.actual(), max) * barWidth + 4,
          y + 12,
          w.money(e.actual()));
      if (e.budget() != null) {
        s.setNonStrokingColor(0.7f, 0.7f, 0.7f);
        s.addRect(barX, y + 2, share(e.budget(), max) * barWidth, 6);
        s.fill();
      }
    }
    float legend = p.take(20);
    s.setNonStrokingColor(accent[0], accent[1], accent[2]);
    s.addRect(MARGIN, legend + 4, 10, 8);
    s.fill();
    s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
    PdfText.write(
        s, p.fonts.regular(), 8, MARGIN + 14, legend + 5, w.text("transparency.report.actual"));
    s.setNonStrokingColor(0.7f, 0.7f, 0.7f);
    s.addRect(MARGIN + 120, legend + 5, 10, 6);
    s.fill();
    s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
    PdfText.write(
        s, p.fonts.regular(), 8, MARGIN + 134, legend + 5, w.text("transparency.report.budget"));

    p.space(20);
    p.heading(w.text("transparency.pdf.pieChart"));
    Map<String, BigDecimal> byClass = new LinkedHashMap<>();
    for (PeriodReport.IncomeCell c : r.income()) {
      if (c.amount().signum() > 0) {
        byClass.merge(c.memberClass(), c.amount(), BigDecimal::add);
      }
    }
    BigDecimal total = byClass.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    float radius = 90;
    float top = p.take(2 * radius + 10);
    float cx = MARGIN + radius;
    float cy = top + radius;
    double start = 90;
    int i = 0;
    float legendY = top + 2 * radius - 10;
    for (Map.Entry<String, BigDecimal> slice : byClass.entrySet()) {
      float[] colour = PALETTE[i++ % PALETTE.length];
      double sweep = total.signum() == 0 ? 0 : 360 * share(slice.getValue(), total);
      s.setNonStrokingColor(colour[0], colour[1], colour[2]);
      s.moveTo(cx, cy);
      for (double a = start; a >= start - sweep; a -= 2) {
        s.lineTo(
            cx + radius * (float) Math.cos(Math.toRadians(a)),
            cy + radius * (float) Math.sin(Math.toRadians(a)));
      }
      double end = start - sweep;
      s.lineTo(
          cx + radius * (float) Math.cos(Math.toRadians(end)),
          cy + radius * (float) Math.sin(Math.toRadians(end)));
      s.closePath();
      s.fill();
      start = end;
      s.addRect(cx + radius + 30, legendY, 10, 8);
      s.fill();
      s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
      PdfText.write(
          s,
          p.fonts.regular(),
          BODY,
          cx + radius + 46,
          legendY,
          w.text(
              "transparency.pdf.slice",
              w.memberClass(slice.getKey()),
              w.money(slice.getValue()),
              w.percent(
                  total.signum() == 0
                      ? BigDecimal.ZERO
                      : slice.getValue().divide(total, java.math.MathContext.DECIMAL64))));
      legendY -= 16;
    }
  }

  private static void lines(Pages p, Words w, LineSource ledger, LongConsumer progress)
      throws IOException {
    p.newPage();
    p.heading(w.text("transparency.pdf.ledger"));
    float[] columns = {0, 70, 170, 290, 415};
    boolean[] right = {false, false, false, false, true};
    String[] header = {
      w.text("transparency.trace.day"),
      w.text("transparency.field.category"),
      w.text("transparency.field.payee"),
      w.text("transparency.field.description"),
      w.text("transparency.field.amount")
    };
    p.row(columns, right, true, header);
    long[] written = {0};
    List<IOException> failure = new ArrayList<>();
    ledger.forEach(
        l -> {
          if (!failure.isEmpty()) {
            return;
          }
          try {
            if (p.full(BODY * 1.5f)) {
              p.newPage();
              p.row(columns, right, true, header);
            }
            p.row(
                columns,
                right,
                false,
                l.day() == null ? "" : w.date(l.day()),
                l.section() == ExportLine.Section.PAID_WORK
                    ? w.category("paid-work")
                    : w.category(l.group()),
                l.who(),
                l.section() == ExportLine.Section.PAID_WORK ? l.group() : l.reference(),
                l.amount() == null ? "" : w.money(l.amount(), l.currency()));
            if (++written[0] % 500 == 0) {
              progress.accept(written[0]);
            }
          } catch (IOException e) {
            failure.add(e);
          }
        });
    if (!failure.isEmpty()) {
      throw failure.get(0);
    }
    progress.accept(written[0]);
  }

  /** Writes "page n of N" and what the document is at the foot of every page. */
  private static void numberPages(PDDocument doc, PdfText.Fonts fonts, String what, Words w)
      throws IOException {
    int n = doc.getNumberOfPages();
    for (int i = 0; i < n; i++) {
      PDPage page = doc.getPage(i);
      try (PDPageContentStream s =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        s.setNonStrokingColor(0.36f, 0.4f, 0.4f);
        PdfText.write(
            s,
            fonts.regular(),
            8,
            MARGIN,
            MARGIN - 20,
            what + " — " + w.text("transparency.pdf.page", i + 1, n));
      }
    }
  }

  private static float share(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? 0 : part.floatValue() / whole.floatValue();
  }

  private static float[] rgb(int[] c) {
    return new float[] {c[0] / 255f, c[1] / 255f, c[2] / 255f};
  }

  /** Places content top to bottom, a page after another. */
  private static final class Pages {
    private final PDDocument doc;
    private final PdfText.Fonts fonts;
    private final MeasuredFont regular;
    private final MeasuredFont bold;
    private PDPageContentStream s;
    private float y;

    Pages(PDDocument doc, PdfText.Fonts fonts) {
      this.doc = doc;
      this.fonts = fonts;
      this.regular = new MeasuredFont(fonts.regular());
      this.bold = new MeasuredFont(fonts.bold());
    }

    PDPageContentStream newPage() throws IOException {
      close();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      s = new PDPageContentStream(doc, page);
      y = HEIGHT - MARGIN;
      return s;
    }

    boolean full(float height) {
      return y - height < MARGIN + 10;
    }

    /** Takes {@code height} points (on a new page if they do not fit): their bottom. */
    float take(float height) throws IOException {
      if (full(height)) {
        newPage();
      }
      y -= height;
      return y;
    }

    void space(float points) {
      y -= points;
    }

    void heading(String text) throws IOException {
      take(26);
      s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
      PdfText.write(s, fonts.bold(), 13, MARGIN, y + 6, text);
    }

    void text(String text) throws IOException {
      for (String part : regular.wrap(text, BODY, WIDTH - 2 * MARGIN)) {
        take(BODY * 1.5f);
        s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        PdfText.writeEncodable(s, fonts.regular(), BODY, MARGIN, y + 3, part);
      }
    }

    /**
     * A row of cells starting at {@code x} (points from the margin), each cell cut to its column,
     * which ends where the next starts (the last at the right margin); a right-aligned cell ends at
     * its column's end. One text object per row, each cell placed from the one before.
     */
    void row(float[] x, boolean[] right, boolean heading, String... cells) throws IOException {
      take(BODY * 1.5f);
      MeasuredFont font = heading ? bold : regular;
      s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
      s.beginText();
      s.setFont(font.font(), BODY);
      float atX = 0;
      float atY = 0;
      for (int i = 0; i < cells.length; i++) {
        float start = MARGIN + x[i];
        float end = i + 1 < x.length ? MARGIN + x[i + 1] - 6 : WIDTH - MARGIN;
        String text = font.cut(cells[i], BODY, end - start);
        float left = right[i] ? end - font.width(text, BODY) : start;
        s.newLineAtOffset(left - atX, y + 3 - atY);
        s.showText(text);
        atX = left;
        atY = y + 3;
      }
      s.endText();
    }

    void close() throws IOException {
      if (s != null) {
        s.close();
        s = null;
      }
    }
  }
}
