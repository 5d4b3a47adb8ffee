package coop.spokes.transparency.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.service.CapacityService;
import coop.spokes.contribution.service.CostLine;
import coop.spokes.contribution.service.CostService;
import coop.spokes.contribution.service.IncomeService;
import coop.spokes.contribution.service.VolunteerService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.csv.CsvWriter;
import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.persistence.KeysetPage;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Secrets;
import coop.spokes.platform.theme.ThemeColours;
import coop.spokes.platform.theme.ThemeLogo;
import coop.spokes.platform.time.RecordWindows;
import coop.spokes.transparency.infra.ExpenseRepository;
import coop.spokes.transparency.infra.ExportRepository;
import coop.spokes.transparency.infra.ExportStore;
import coop.spokes.transparency.infra.ReportPdf;
import coop.spokes.transparency.model.ReportExport;
import coop.spokes.transparency.model.TransparencyException;
import coop.spokes.transparency.report.ExportLine;
import coop.spokes.transparency.report.ExportLine.Section;
import coop.spokes.transparency.report.Period;
import coop.spokes.transparency.report.PeriodNames;
import coop.spokes.transparency.report.PeriodReport;
import coop.spokes.transparency.report.PeriodReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exports of a period's report, made in the background: the PDF (cover with the custodian's
 * branding and the audit-chain head, the report's tables, charts, every expense and paid-work line)
 * or the CSV of every line behind the report (payments, expenses, paid work, volunteers, lent
 * capacity). Whoever may read a report may export it; only they see its progress and fetch its
 * file. Lines are read a batch at a time and written to a scratch file, so memory stays flat.
 */
@ApplicationScoped
@Transactional
public class ReportExportService {
  private static final Logger LOG = Logger.getLogger(ReportExportService.class.getName());

  /** Lines read per round trip. */
  static final int BATCH = 1000;

  /** How often (in lines) the progress is recorded. */
  static final int PROGRESS_EVERY = 5000;

  /** The CSV's columns. */
  static final String[] CSV_HEADER = {
    "section", "day", "custodian", "group", "who", "reference", "hours", "amount", "currency"
  };

  @Inject Access access;
  @Inject ReportService reports;
  @Inject IncomeService income;
  @Inject CostService costs;
  @Inject VolunteerService volunteers;
  @Inject CapacityService capacity;
  @Inject CustodianService custodians;
  @Inject ExpenseService expenseService;
  @Inject ExpenseRepository expenses;
  @Inject ExportRepository exports;
  @Inject ExportStore store;
  @Inject AuditService audit;
  @Inject ThemeColours themes;
  @Inject ThemeLogo logos;
  @Inject Event<ExportStarted> started;
  @Inject Clock clock;

  /**
   * Starts exporting the report of {@code periodName} for custodian {@code custodianId}
   * (consolidated when null) as {@code format}, written in {@code language}; its token, to follow
   * it. Requires what the report requires.
   *
   * @throws TransparencyException {@code transparency.report.period} at {@code period}
   */
  public String start(
      Long custodianId, String periodName, ReportExport.Format format, Locale language) {
    if (custodianId == null) {
      access.requireAny(TransparencyGrants.TREASURER_OF_ALL);
    } else {
      access.requireAnyToSee("custodian", custodianId, TransparencyGrants.treasurerOf(custodianId));
    }
    Period period =
        PeriodNames.parse(periodName)
            .orElseThrow(() -> new TransparencyException("period", "transparency.report.period"));
    ReportExport export =
        new ReportExport(
            Secrets.newToken(),
            access.requireUserId(),
            custodianId,
            PeriodNames.name(period),
            format,
            language.getLanguage(),
            OffsetDateTime.now(clock));
    exports.add(export);
    started.fire(new ExportStarted(export.getId(), branding(custodianId, format)));
    return export.getToken();
  }

  /** The branding a PDF's cover carries: the custodian's theme, or the cooperative's. */
  private ExportStarted.Branding branding(Long custodianId, ReportExport.Format format) {
    if (format != ReportExport.Format.PDF) {
      return null;
    }
    String theme =
        custodianId == null
            ? "default"
            : custodians.listPublic().stream()
                .filter(c -> c.id() == custodianId)
                .map(CustodianSummary::theme)
                .findFirst()
                .orElse("default");
    return new ExportStarted.Branding(
        themes.accent(theme).orElse(new int[] {46, 111, 94}),
        logos.render(theme, 240).orElse(null));
  }

  /** Where export {@code token} is. Only its owner sees it; to others it does not exist. */
  public ExportStatus status(String token) {
    long me = access.requireUserId();
    ReportExport x = own(token, me);
    return new ExportStatus(
        x.getToken(),
        x.getFormat(),
        x.getState(),
        x.getDoneLines(),
        x.getTotalLines(),
        fileName(x));
  }

  /** Writes export {@code token}'s file to {@code out}. Only its owner, once it is ready. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void writeTo(String token, OutputStream out) {
    long me = access.requireUserId();
    ReportExport x = own(token, me);
    if (x.getState() != ReportExport.State.DONE || !store.copy(x.getId(), out)) {
      throw new NotFoundException("export", token);
    }
  }

  private ReportExport own(String token, long me) {
    return exports
        .byToken(token == null ? "" : token)
        .filter(x -> x.getAccountId() == me)
        .orElseThrow(() -> new NotFoundException("export", token));
  }

  static String fileName(ReportExport x) {
    return "report-"
        + x.getPeriod().replace("..", "_")
        + (x.getCustodianId() == null ? "" : "-" + x.getCustodianId())
        + "."
        + x.getFormat().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Makes export {@code id} (the background job started after {@link #start}), recording its
   * progress as it goes; a failure marks it failed. Internal.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void runInternal(long id, ExportStarted.Branding branding) {
    access.permitInternal();
    ReportExport x = exports.read(id).orElseThrow(() -> new NotFoundException("export", id));
    Path file = null;
    try {
      file = Files.createTempFile("spokes-export-", ".tmp");
      Period period = PeriodNames.parse(x.getPeriod()).orElseThrow();
      RecordWindows windows = reports.windowsOf(period);
      long total = countLines(x.getCustodianId(), windows, x.getFormat());
      exports.progress(id, 0, total);
      LongConsumer progress = done -> exports.progress(id, done, total);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        if (x.getFormat() == ReportExport.Format.CSV) {
          writeCsv(out, x.getCustodianId(), windows, progress);
        } else {
          writePdf(out, x, period, windows, branding, progress);
        }
      }
      store.store(id, file, OffsetDateTime.now(clock));
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "report export " + id + " failed", e);
      exports.failed(id, OffsetDateTime.now(clock));
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(Level.FINE, "cannot delete " + file, e);
        }
      }
    }
  }

  /** Clears the exports started more than a day ago (their files with them). Internal. */
  public int clearOldInternal() {
    access.permitInternal();
    return exports.deleteStartedBefore(OffsetDateTime.now(clock).minusDays(1));
  }

  /** How many lines the export writes (as its progress counts them). */
  private long countLines(Long custodianId, RecordWindows windows, ReportExport.Format format) {
    long ledger =
        expenses.spentCount(custodianId, windows)
            + costs.paidWorkLinesCountInternal(custodianId, windows);
    if (format == ReportExport.Format.PDF) {
      return ledger;
    }
    return ledger
        + income.paymentCountInternal(custodianId, windows)
        + capacity.capacityLinesCountInternal(custodianId, windows);
  }

  private void writeCsv(
      OutputStream out, Long custodianId, RecordWindows windows, LongConsumer progress) {
    Map<Long, String> names = custodianNames();
    long[] written = {0};
    try (CsvWriter csv = new CsvWriter(out, CSV_HEADER)) {
      Consumer<ExportLine> each =
          l -> {
            csv.row(
                l.section().code(),
                l.day(),
                names.getOrDefault(l.custodianId(), ""),
                l.group(),
                l.who(),
                l.reference(),
                l.hours() == null ? null : l.hours().toPlainString(),
                l.amount() == null ? null : l.amount().toPlainString(),
                l.currency());
            if (++written[0] % PROGRESS_EVERY == 0) {
              progress.accept(written[0]);
            }
          };
      income.forEachPaymentInternal(
          custodianId,
          windows,
          p ->
              each.accept(
                  new ExportLine(
                      Section.INCOME,
                      p.day(),
                      p.custodianId(),
                      p.memberClass(),
                      p.memberNumber(),
                      p.receiptNumber(),
                      null,
                      p.amount(),
                      p.currency())));
      forEachLedgerLine(custodianId, windows, each);
      forEachVolunteer(custodianId, windows, each);
      forEachCapacity(custodianId, windows, each);
    }
    progress.accept(written[0]);
  }

  private void writePdf(
      OutputStream out,
      ReportExport x,
      Period period,
      RecordWindows windows,
      ExportStarted.Branding branding,
      LongConsumer progress) {
    PeriodReports.Outcome outcome = reports.outcomeInternal(x.getCustodianId(), period);
    if (!(outcome instanceof PeriodReports.Worked worked)) {
      throw new IllegalStateException("the report of " + x.getPeriod() + " lacks rates");
    }
    Locale locale = Locale.forLanguageTag(x.getLanguage());
    PeriodReport report = worked.report();
    Map<Long, String> names = custodianNames();
    CustodianSummary custodian =
        x.getCustodianId() == null
            ? null
            : custodians.listPublic().stream()
                .filter(c -> c.id() == x.getCustodianId())
                .findFirst()
                .orElseThrow();
    String head =
        audit
            .head(ExpenseService.STREAM)
            .map(
                h ->
                    Texts.text(locale, "transparency.pdf.auditHead", h.stream(), h.seq(), h.hash()))
            .orElse(Texts.text(locale, "transparency.pdf.noAudit"));
    ReportPdf.Cover cover =
        new ReportPdf.Cover(
            Texts.text(locale, "transparency.report.title"),
            custodian == null
                ? Texts.text(locale, "transparency.report.consolidated")
                : custodian.name(),
            Texts.text(
                locale,
                "transparency.report.heading",
                Formatting.date(period.from(), locale),
                Formatting.date(period.to(), locale)),
            Texts.text(
                locale,
                "transparency.pdf.generated",
                Formatting.dateTime(OffsetDateTime.now(clock), locale, ZoneOffset.UTC)),
            head,
            branding.accent(),
            branding.logo());
    ReportPdf.write(
        out,
        cover,
        report,
        words(locale, report.currency(), names),
        each -> forEachLedgerLine(x.getCustodianId(), windows, each),
        progress);
  }

  /** Every expense line, then every paid-work line. */
  private void forEachLedgerLine(
      Long custodianId, RecordWindows windows, Consumer<ExportLine> each) {
    long after = Long.MIN_VALUE;
    while (true) {
      List<ExpenseRepository.SpentLine> batch =
          expenses.spentAfter(custodianId, windows, after, BATCH);
      for (ExpenseRepository.SpentLine e : batch) {
        each.accept(
            new ExportLine(
                Section.EXPENSE,
                e.spentOn(),
                e.custodianId(),
                e.category(),
                e.payee(),
                e.description(),
                null,
                e.amount(),
                e.currency()));
      }
      if (batch.size() < BATCH) {
        break;
      }
      after = batch.get(batch.size() - 1).id();
    }
    for (int first = 0; ; first += BATCH) {
      List<CostLine> batch = costs.paidWorkLinesInternal(custodianId, windows, first, BATCH);
      for (CostLine l : batch) {
        each.accept(
            new ExportLine(
                Section.PAID_WORK,
                l.day(),
                l.payingCustodianId() == null ? 0 : l.payingCustodianId(),
                l.circle(),
                l.person(),
                null,
                hours(l.minutes()),
                l.amount(),
                l.currency()));
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
  }

  private void forEachVolunteer(
      Long custodianId, RecordWindows windows, Consumer<ExportLine> each) {
    long after = Long.MIN_VALUE;
    while (true) {
      KeysetPage<VolunteerService.Volunteer> page =
          volunteers.volunteersInternal(custodianId, windows, after, BATCH);
      for (VolunteerService.Volunteer v : page.rows()) {
        each.accept(
            new ExportLine(
                Section.VOLUNTEER,
                null,
                v.custodianId(),
                null,
                v.displayName(),
                v.memberNumber(),
                hours(v.minutes()),
                null,
                null));
      }
      if (page.next() == null) {
        return;
      }
      after = page.next();
    }
  }

  private void forEachCapacity(Long custodianId, RecordWindows windows, Consumer<ExportLine> each) {
    for (int first = 0; ; first += BATCH) {
      List<CapacityService.CapacityLine> batch =
          capacity.capacityLinesInternal(custodianId, windows, first, BATCH);
      for (CapacityService.CapacityLine c : batch) {
        each.accept(
            new ExportLine(
                Section.IN_KIND,
                c.day(),
                c.custodianId(),
                null,
                c.member(),
                c.description(),
                c.participantHours(),
                null,
                null));
      }
      if (batch.size() < BATCH) {
        return;
      }
    }
  }

  private Map<Long, String> custodianNames() {
    Map<Long, String> names = new HashMap<>();
    for (CustodianSummary c : custodians.listPublic()) {
      names.put(c.id(), c.name());
    }
    return names;
  }

  private ReportPdf.Words words(Locale locale, String currency, Map<Long, String> names) {
    Map<String, String> categories = new HashMap<>();
    for (CategoryRow c : expenseService.categories()) {
      categories.put(c.code(), c.name(locale));
    }
    return new ReportPdf.Words(locale, currency, categories, names);
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), MathContext.DECIMAL64);
  }
}
