package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.ImportRepository;
import coop.spokes.contribution.infra.PaymentRepository;
import coop.spokes.contribution.infra.ScheduleRepository;
import coop.spokes.contribution.model.FiscalCalendar;
import coop.spokes.contribution.model.ImportBatch;
import coop.spokes.contribution.model.ImportFormat;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The commit of a checked import, in its caller's transaction: every recordable line (NEW or
 * ASSIGNED) whose reference nobody recorded meanwhile becomes a payment with its receipt, in one
 * insert; the batch records the count, the audit log the commit, and the standing of the years
 * touched is computed again.
 */
@ApplicationScoped
class ImportCommitStep {
  private static final int CHUNK = 2000;

  @Inject ImportRepository imports;
  @Inject PaymentRepository payments;
  @Inject CustodianService custodians;
  @Inject ScheduleRepository schedule;
  @Inject StandingService standing;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * Records the payments of {@code batch} (locked, ready, without problems) committed by {@code
   * by}; how many were recorded. Only {@link PaymentImportService#commit} calls it, having checked
   * the caller's access.
   */
  int record(ImportBatch batch, long by) {
    long batchId = batch.getId();
    CustodianSummary c =
        custodians
            .findPublic(batch.getCustodianId())
            .orElseThrow(() -> new NotFoundException("custodian", batch.getCustodianId()));
    FiscalCalendar calendar = schedule.calendar(c.id());
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
}
