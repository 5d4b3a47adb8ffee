package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.ImportRepository;
import coop.spokes.contribution.infra.PaymentRepository;
import coop.spokes.contribution.model.ContributionException;
import coop.spokes.contribution.model.FiscalCalendar;
import coop.spokes.contribution.model.ImportBatch;
import coop.spokes.contribution.model.ImportFormat;
import coop.spokes.contribution.model.ImportOutcome;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Importing payments from a bank's or payment platform's CSV export: formats (column mappings)
 * saved per custodian, two shipped; a file staged line by line and checked in the background; every
 * line's problems shown; lines ignored or assigned to a member; then all recorded in one
 * transaction, each with its receipt, or nothing. Idempotent on (custodian, reference): a line
 * whose reference is already recorded is a duplicate and is skipped. Requires ADMIN, or
 * CUSTODIAN_MANAGER or TREASURER of the custodian throughout.
 */
@ApplicationScoped
@Transactional
public class PaymentImportService {
  /** The largest file read, and the most lines taken from it. */
  public static final int MAX_BYTES = 25 * 1024 * 1024;

  public static final int MAX_LINES = 200_000;
  private static final int CHUNK = 2000;

  @Inject Access access;
  @Inject ImportRepository imports;
  @Inject ImportCheckStep step;
  @Inject PaymentRepository payments;
  @Inject MemberFactsService members;
  @Inject CustodianService custodians;
  @Inject ScheduleService schedules;
  @Inject StandingService standing;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject Event<ImportUploaded> uploaded;

  @Inject
  @ConfigProperty(name = "spokes.contribution.import.keep-lines-days", defaultValue = "90")
  int keepLinesDays;

  /**
   * A custodian's import formats by name; the two shipped ones are created on first use. Same
   * access as the class.
   */
  public List<ImportFormatRow> formats(long custodianId) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    custodian(custodianId);
    List<ImportFormat> list = imports.formats(custodianId);
    if (list.isEmpty()) {
      imports.add(new ImportFormat(custodianId, ImportFormat.BANK));
      imports.add(new ImportFormat(custodianId, ImportFormat.PLATFORM));
      imports.flush();
      list = imports.formats(custodianId);
    }
    return list.stream().map(f -> new ImportFormatRow(f.getId(), f.getName(), f.layout())).toList();
  }

  /**
   * Saves a format (a new one when {@code formatId} is null). Same access as the class.
   *
   * @throws ContributionException {@code contribution.import.format.taken} at field {@code
   *     formatName}, and those of {@link ImportFormat#change}
   */
  public ImportFormatRow saveFormat(long custodianId, Long formatId, ImportFormat.Layout layout) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    custodian(custodianId);
    boolean taken =
        imports.formats(custodianId).stream()
            .anyMatch(
                f ->
                    layout.name() != null
                        && f.getName().equalsIgnoreCase(layout.name().strip())
                        && !f.getId().equals(formatId));
    if (taken) {
      throw new ContributionException("formatName", "contribution.import.format.taken");
    }
    ImportFormat f;
    if (formatId == null) {
      f = new ImportFormat(custodianId, layout);
      imports.add(f);
    } else {
      f = format(custodianId, formatId);
      f.change(layout);
    }
    imports.flush();
    return new ImportFormatRow(f.getId(), f.getName(), f.layout());
  }

  /**
   * Stages a file with a format and returns the new batch (its check then runs in the background).
   * Same access as the class.
   *
   * @throws ContributionException at field {@code file}: {@code contribution.import.file.empty},
   *     {@code contribution.import.file.tooBig}, {@code contribution.import.file.tooManyLines},
   *     {@code contribution.import.file.unreadable}, {@code contribution.import.file.missingColumn}
   */
  public ImportBatchRow upload(long custodianId, long formatId, String fileName, byte[] content) {
    long by = access.requireUserId();
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    ImportFormat format = format(custodianId, formatId);
    if (content == null || content.length == 0) {
      throw new ContributionException("file", "contribution.import.file.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new ContributionException(
          "file", "contribution.import.file.tooBig", MAX_BYTES / 1024 / 1024);
    }
    ImportFormat.Layout l = format.layout();
    List<ImportRepository.Line> lines = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(l.delimiter())
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get()
            .parse(new StringReader(coop.spokes.platform.csv.CsvText.decode(content)))) {
      Map<String, Integer> headers = new HashMap<>();
      List<String> names = parser.getHeaderNames();
      for (int i = 0; i < names.size(); i++) {
        headers.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      int reference = column(headers, l.columnReference(), true);
      int date = column(headers, l.columnDate(), true);
      int amount = column(headers, l.columnAmount(), true);
      int currency = column(headers, l.columnCurrency(), false);
      int member = column(headers, l.columnMember(), true);
      int note = column(headers, l.columnNote(), false);
      int lineNo = 0;
      for (CSVRecord r : parser) {
        if (++lineNo > MAX_LINES) {
          throw new ContributionException(
              "file", "contribution.import.file.tooManyLines", MAX_LINES);
        }
        lines.add(
            new ImportRepository.Line(
                lineNo,
                cell(r, reference, 200),
                cell(r, date, 40),
                cell(r, amount, 40),
                cell(r, currency, 10),
                cell(r, member, 320),
                cell(r, note, 500),
                null,
                null,
                null,
                null,
                ImportOutcome.PENDING,
                null));
      }
    } catch (IOException
        | java.io.UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new ContributionException("file", "contribution.import.file.unreadable");
    }
    if (lines.isEmpty()) {
      throw new ContributionException("file", "contribution.import.file.empty");
    }
    ImportBatch batch =
        new ImportBatch(custodianId, format, fileName, lines.size(), by, OffsetDateTime.now(clock));
    imports.add(batch);
    imports.flush();
    imports.insertLines(batch.getId(), lines);
    audit.record(
        ScheduleService.STREAM,
        "import.uploaded",
        "custodian",
        custodianId,
        Map.of("batchId", batch.getId().toString(), "lines", Integer.toString(lines.size())),
        null);
    uploaded.fire(new ImportUploaded(batch.getId()));
    return row(batch);
  }

  /** The check of a batch, chunk by chunk (the background job). Internal: only the job calls it. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void checkInternal(long batchId) {
    access.permitInternal();
    int total = step.totalInternal(batchId);
    Set<String> seen = new HashSet<>();
    for (int from = 1; from <= total; from += CHUNK) {
      step.checkInternal(batchId, from, Math.min(total, from + CHUNK - 1), seen);
    }
    step.finishInternal(batchId);
  }

  /** A batch with its progress and counts. Same access as the class, for its custodian. */
  public ImportBatchRow batch(long batchId) {
    access.requireSignedIn();
    return row(batchFor(batchId));
  }

  /** A custodian's latest batches, newest first. Same access as the class. */
  public List<ImportBatchRow> batches(long custodianId) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    return imports.batches(custodianId, 20).stream().map(PaymentImportService::row).toList();
  }

  /** A page of a batch's lines, optionally of one outcome. Same access as {@link #batch}. */
  public PageResult<ImportLineRow> lines(long batchId, ImportOutcome outcome, PageRequest page) {
    access.requireSignedIn();
    batchFor(batchId);
    List<ImportLineRow> rows =
        imports.page(batchId, outcome, page.first(), page.size()).stream()
            .map(PaymentImportService::line)
            .toList();
    return new PageResult<>(rows, imports.count(batchId, outcome));
  }

  /**
   * Ignores a line (the commit skips it), or takes it back. Same access as {@link #batch}.
   *
   * @throws ContributionException {@code contribution.import.notReady}
   */
  public ImportBatchRow ignore(long batchId, int lineNo, boolean ignored) {
    access.requireSignedIn();
    ImportBatch batch = lockFor(batchId);
    batch.requireReady();
    ImportRepository.Line l = lineOf(batchId, lineNo);
    if (ignored) {
      imports.updateLine(
          batchId, lineNo, ImportOutcome.IGNORED, l.memberId(), l.memberName(), l.problems());
    } else {
      imports.replaceLines(batchId, step.check(batch, List.of(l.asPending()), null, null));
    }
    recount(batch);
    return row(batch);
  }

  /**
   * Assigns a line to a member of the custodian by number (a payment whose concept names no member,
   * or the wrong one). Same access as {@link #batch}.
   *
   * @throws ContributionException {@code contribution.import.notReady}, {@code
   *     contribution.import.assign.unknown} at field {@code assignNumber}
   */
  public ImportBatchRow assign(long batchId, int lineNo, String memberNumber) {
    access.requireSignedIn();
    ImportBatch batch = lockFor(batchId);
    batch.requireReady();
    String number = memberNumber == null ? "" : memberNumber.strip().toUpperCase(Locale.ROOT);
    MemberFacts m = members.byNumbersInternal(batch.getCustodianId(), List.of(number)).get(number);
    if (m == null) {
      throw new ContributionException("assignNumber", "contribution.import.assign.unknown", number);
    }
    ImportRepository.Line l = lineOf(batchId, lineNo);
    imports.replaceLines(batchId, step.check(batch, List.of(l.asPending()), m, null));
    recount(batch);
    return row(batch);
  }

  /**
   * Records every NEW and ASSIGNED line as a payment, each with its receipt, in one transaction
   * (nothing when any line still has a problem); lines recorded meanwhile by someone else are
   * skipped as duplicates. Refreshes the standing of the custodian's members for the years touched.
   * Same access as {@link #batch}.
   *
   * @return how many payments were recorded (zero: every line was already recorded)
   * @throws ContributionException {@code contribution.import.notReady}, {@code
   *     contribution.import.hasProblems}
   */
  public int commit(long batchId) {
    long by = access.requireUserId();
    ImportBatch batch = lockFor(batchId);
    batch.requireReady();
    recount(batch);
    if (batch.getProblemCount() > 0) {
      throw new ContributionException(
          null, "contribution.import.hasProblems", batch.getProblemCount());
    }
    CustodianSummary c = custodian(batch.getCustodianId());
    FiscalCalendar calendar = schedules.calendarInternal(c.id());
    ImportFormat.Layout layout = imports.format(batch.getFormatId()).orElseThrow().layout();
    List<ImportRepository.Line> recordable = new ArrayList<>();
    Set<String> refs = new HashSet<>();
    for (int from = 1; from <= batch.getTotalLines(); from += CHUNK) {
      for (ImportRepository.Line l : imports.lines(batchId, from, from + CHUNK - 1)) {
        if (l.outcome().recorded()) {
          recordable.add(l);
          refs.add(l.reference().strip());
        }
      }
    }
    Set<String> already = new HashSet<>();
    List<String> refList = new ArrayList<>(refs);
    for (int i = 0; i < refList.size(); i += CHUNK) {
      already.addAll(
          imports.recordedReferences(
              c.id(), refList.subList(i, Math.min(refList.size(), i + CHUNK))));
    }
    recordable.removeIf(l -> already.contains(l.reference().strip()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    int receiptYear = now.withOffsetSameInstant(ZoneOffset.UTC).getYear();
    Set<Integer> years = new TreeSet<>();
    if (!recordable.isEmpty()) {
      long firstReceipt = payments.reserveReceipts(c.id(), receiptYear, recordable.size());
      long firstId = imports.paymentIdBlock();
      List<PaymentRepository.Imported> rows = new ArrayList<>(recordable.size());
      for (int i = 0; i < recordable.size(); i++) {
        ImportRepository.Line l = recordable.get(i);
        int year = calendar.yearOf(l.receivedOn());
        years.add(year);
        rows.add(
            new PaymentRepository.Imported(
                firstId + i,
                l.memberId(),
                l.amount(),
                l.receivedOn(),
                year,
                l.reference().strip(),
                l.note(),
                firstReceipt + i));
      }
      payments.insertImported(
          c.id(), c.currency(), layout.method().name(), c.shortCode(), receiptYear, by, now, rows);
    }
    batch.committed(recordable.size(), by, now);
    audit.record(
        ScheduleService.STREAM,
        "import.committed",
        "custodian",
        c.id(),
        Map.of(
            "batchId", batch.getId().toString(),
            "recorded", Integer.toString(recordable.size()),
            "skipped", Integer.toString(batch.getDuplicateCount() + already.size())),
        null);
    for (int year : years) {
      standing.recomputeInternal(c.id(), year);
    }
    return recordable.size();
  }

  /**
   * Drops a batch without recording anything. Same access as {@link #batch}.
   *
   * @throws ContributionException {@code contribution.import.notReady}
   */
  public void discard(long batchId) {
    access.requireSignedIn();
    lockFor(batchId).discard(OffsetDateTime.now(clock));
  }

  /**
   * Deletes the staged lines of up to {@code max} batches committed or discarded more than {@code
   * spokes.contribution.import.keep-lines-days} ago (an unfinished one is discarded first); the
   * batches and their counts stay, and the payments recorded are untouched. Each deletion is
   * audited. Returns how many batches it handled (the job calls again until none is left).
   * Internal: only the daily job calls it.
   */
  public int deleteOldLinesInternal(int max) {
    access.permitInternal();
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime cutoff = now.minusDays(keepLinesDays);
    List<Long> due = imports.linesDue(cutoff, max);
    for (long id : due) {
      ImportBatch b = imports.lockBatch(id).orElseThrow();
      if (!b.linesDue(cutoff)) {
        continue; // another instance got there first
      }
      int lines = imports.deleteLines(b.getId());
      b.linesDeleted(cutoff, now);
      audit.record(
          ScheduleService.STREAM,
          "import.linesDeleted",
          "custodian",
          b.getCustodianId(),
          Map.of(
              "batchId", b.getId().toString(),
              "lines", Integer.toString(lines),
              "keptDays", Integer.toString(keepLinesDays)),
          null);
    }
    return due.size();
  }

  private void recount(ImportBatch batch) {
    int[] c = step.counts(batch.getId());
    batch.counts(c[0], c[1], c[2], c[3]);
  }

  private ImportRepository.Line lineOf(long batchId, int lineNo) {
    List<ImportRepository.Line> l = imports.lines(batchId, lineNo, lineNo);
    if (l.isEmpty()) {
      throw new NotFoundException("import line", lineNo);
    }
    return l.get(0);
  }

  private ImportBatch batchFor(long batchId) {
    ImportBatch b =
        imports.batch(batchId).orElseThrow(() -> new NotFoundException("import", batchId));
    access.requireAnyToSee("import", batchId, ContributionGrants.moneyOf(b.getCustodianId()));
    return b;
  }

  private ImportBatch lockFor(long batchId) {
    ImportBatch b =
        imports.lockBatch(batchId).orElseThrow(() -> new NotFoundException("import", batchId));
    access.requireAnyToSee("import", batchId, ContributionGrants.moneyOf(b.getCustodianId()));
    return b;
  }

  private ImportFormat format(long custodianId, long formatId) {
    return imports
        .format(formatId)
        .filter(f -> f.getCustodianId() == custodianId)
        .orElseThrow(() -> new NotFoundException("import format", formatId));
  }

  private CustodianSummary custodian(long id) {
    return custodians.findPublic(id).orElseThrow(() -> new NotFoundException("custodian", id));
  }

  private static int column(Map<String, Integer> headers, String name, boolean required) {
    if (name == null) {
      return -1;
    }
    Integer i = headers.get(name.strip().toLowerCase(Locale.ROOT));
    if (i == null && required) {
      throw new ContributionException("file", "contribution.import.file.missingColumn", name);
    }
    return i == null ? -1 : i;
  }

  private static String cell(CSVRecord r, int index, int max) {
    if (index < 0 || index >= r.size()) {
      return null;
    }
    String v = r.get(index);
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }

  static ImportBatchRow row(ImportBatch b) {
    return new ImportBatchRow(
        b.getId(),
        b.getCustodianId(),
        b.getFormatName(),
        b.getFileName(),
        b.getUploadedAt(),
        b.getStatus().name(),
        b.getTotalLines(),
        b.getCheckedLines(),
        b.getNewCount(),
        b.getDuplicateCount(),
        b.getProblemCount(),
        b.getIgnoredCount(),
        b.getCommittedCount(),
        b.getLinesDeletedAt());
  }

  private static ImportLineRow line(ImportRepository.Line l) {
    return new ImportLineRow(
        l.lineNo(),
        l.reference(),
        l.dateText(),
        l.amountText(),
        l.memberText(),
        l.receivedOn(),
        l.amount(),
        l.memberName(),
        l.outcome(),
        l.problems() == null ? List.of() : List.of(l.problems().split(",")));
  }
}
