package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.ImportRepository;
import coop.spokes.contribution.model.ContributionException;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
  @Inject ImportCommitStep committer;
  @Inject MemberFactsService members;
  @Inject CustodianService custodians;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject Event<ImportUploaded> uploaded;

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
    List<ImportRepository.Line> lines = PaymentFileReader.read(format.layout(), content);
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
    return ImportBatchRow.of(batch);
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
    return ImportBatchRow.of(batchFor(batchId));
  }

  /** A custodian's latest batches, newest first. Same access as the class. */
  public List<ImportBatchRow> batches(long custodianId) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    return imports.batches(custodianId, 20).stream().map(ImportBatchRow::of).toList();
  }

  /** A page of a batch's lines, optionally of one outcome. Same access as {@link #batch}. */
  public PageResult<ImportLineRow> lines(long batchId, ImportOutcome outcome, PageRequest page) {
    access.requireSignedIn();
    batchFor(batchId);
    List<ImportLineRow> rows =
        imports.page(batchId, outcome, page.first(), page.size()).stream()
            .map(ImportLineRow::of)
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
    return ImportBatchRow.of(batch);
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
    return ImportBatchRow.of(batch);
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
    return committer.record(batch, by);
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
}
