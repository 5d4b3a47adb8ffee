package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.ImportRepository;
import coop.spokes.contribution.model.ImportBatch;
import coop.spokes.contribution.model.ImportFormat;
import coop.spokes.contribution.model.ImportLineRules;
import coop.spokes.contribution.model.ImportOutcome;
import coop.spokes.contribution.model.MemberBy;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One step of the background check of an import, each in a transaction of its own so the page sees
 * the progress: a range of lines read, their members and duplicates resolved, written back.
 */
@ApplicationScoped
public class ImportCheckStep {
  @Inject Access access;
  @Inject ImportRepository imports;
  @Inject MemberFactsService members;
  @Inject CustodianService custodians;
  @Inject Clock clock;

  /**
   * Checks lines {@code from}..{@code to} of a batch; {@code seen} holds the references of the
   * lines checked before (the job keeps it from chunk to chunk) and gets this chunk's. Internal:
   * the import job calls it.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void checkInternal(long batchId, int from, int to, Set<String> seen) {
    access.permitInternal();
    ImportBatch batch = imports.batch(batchId).orElseThrow();
    List<ImportRepository.Line> lines = imports.lines(batchId, from, to);
    imports.replaceLines(batchId, check(batch, lines, null, seen));
    batch.progress(to);
  }

  /** How many lines a batch has (0 when it does not exist). Internal: the import job calls it. */
  @Transactional(TxType.REQUIRES_NEW)
  public int totalInternal(long batchId) {
    access.permitInternal();
    return imports.batch(batchId).map(ImportBatch::getTotalLines).orElse(0);
  }

  /** Counts the outcomes and marks the batch READY. Internal: the import job calls it. */
  @Transactional(TxType.REQUIRES_NEW)
  public void finishInternal(long batchId) {
    access.permitInternal();
    ImportBatch batch = imports.batch(batchId).orElseThrow();
    int[] c = counts(batchId);
    batch.checked(c[0], c[1], c[2], c[3]);
  }

  /**
   * The checked version of {@code lines}: read with the batch's format, members resolved (or {@code
   * forced} for a single line a manager assigned), duplicates found against recorded payments and
   * earlier lines.
   */
  List<ImportRepository.Line> check(
      ImportBatch batch, List<ImportRepository.Line> lines, MemberFacts forced, Set<String> seen) {
    if (lines.isEmpty()) {
      return lines;
    }
    ImportFormat.Layout layout = imports.format(batch.getFormatId()).orElseThrow().layout();
    CustodianSummary c = custodians.findPublic(batch.getCustodianId()).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    List<ImportLineRules.Read> reads = new ArrayList<>(lines.size());
    Set<String> keys = new HashSet<>();
    Set<String> refs = new HashSet<>();
    for (ImportRepository.Line l : lines) {
      ImportLineRules.Read r =
          ImportLineRules.read(
              layout,
              l.reference(),
              l.dateText(),
              l.amountText(),
              l.currency(),
              l.memberText(),
              c.shortCode(),
              c.currency(),
              today);
      reads.add(r);
      if (r.memberKey() != null) {
        keys.add(r.memberKey());
      }
      if (l.reference() != null && !l.reference().isBlank()) {
        refs.add(l.reference().strip());
      }
    }
    Map<String, MemberFacts> found =
        layout.memberBy() == MemberBy.EMAIL
            ? members.byEmailsInternal(c.id(), keys)
            : members.byNumbersInternal(c.id(), keys);
    Set<String> recorded = imports.recordedReferences(c.id(), refs);
    Set<String> earlier =
        seen != null ? seen : imports.earlierReferences(batch.getId(), lines.get(0).lineNo(), refs);
    Set<String> inChunk = new HashSet<>();
    List<ImportRepository.Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ImportRepository.Line l = lines.get(i);
      ImportLineRules.Read r = reads.get(i);
      List<String> problems = new ArrayList<>(r.problems());
      MemberFacts m =
          forced != null ? forced : r.memberKey() == null ? null : found.get(r.memberKey());
      if (m == null) {
        problems.add("contribution.import.line.member");
      }
      String ref = l.reference() == null ? null : l.reference().strip();
      boolean duplicate =
          ref != null
              && !ref.isEmpty()
              && (recorded.contains(ref) || earlier.contains(ref) || !inChunk.add(ref));
      ImportOutcome outcome;
      if (l.outcome() == ImportOutcome.IGNORED && forced == null) {
        outcome = ImportOutcome.IGNORED;
      } else if (duplicate) {
        outcome = ImportOutcome.DUPLICATE;
      } else if (!problems.isEmpty()) {
        outcome = ImportOutcome.PROBLEM;
      } else {
        outcome = forced != null ? ImportOutcome.ASSIGNED : ImportOutcome.NEW;
      }
      out.add(
          new ImportRepository.Line(
              l.lineNo(),
              l.reference(),
              l.dateText(),
              l.amountText(),
              l.currency(),
              l.memberText(),
              l.note(),
              r.receivedOn(),
              r.amount(),
              m == null ? null : m.id(),
              m == null ? null : abbreviate(m.displayName() + " (" + m.memberNumber() + ")"),
              outcome,
              problems.isEmpty() ? null : String.join(",", problems)));
    }
    if (seen != null) {
      seen.addAll(inChunk);
    }
    return out;
  }

  private static String abbreviate(String s) {
    return Objects.requireNonNull(s).length() > 300 ? s.substring(0, 300) : s;
  }

  /** Outcome counts of a batch, as {new, duplicate, problem, ignored}. */
  int[] counts(long batchId) {
    Map<ImportOutcome, Integer> c = imports.counts(batchId);
    return new int[] {
      c.getOrDefault(ImportOutcome.NEW, 0) + c.getOrDefault(ImportOutcome.ASSIGNED, 0),
      c.getOrDefault(ImportOutcome.DUPLICATE, 0),
      c.getOrDefault(ImportOutcome.PROBLEM, 0) + c.getOrDefault(ImportOutcome.PENDING, 0),
      c.getOrDefault(ImportOutcome.IGNORED, 0)
    };
  }
}
