package coop.spokes.assembly.service;

import coop.spokes.assembly.infra.AssemblyRepository;
import coop.spokes.assembly.infra.BallotKeys;
import coop.spokes.assembly.infra.BallotStore;
import coop.spokes.assembly.infra.NoticeCalendar;
import coop.spokes.assembly.infra.ReceiptMailSeal;
import coop.spokes.assembly.infra.TallyDocuments;
import coop.spokes.assembly.model.Assembly;
import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.assembly.model.AssemblyMotion;
import coop.spokes.assembly.model.AssemblyState;
import coop.spokes.assembly.model.MotionState;
import coop.spokes.assembly.model.RollEntry;
import coop.spokes.assembly.tally.Fraction;
import coop.spokes.assembly.tally.InvalidTallyException;
import coop.spokes.assembly.tally.MemberWeightRule;
import coop.spokes.assembly.tally.Outcome;
import coop.spokes.assembly.tally.OutcomeJson;
import coop.spokes.assembly.tally.Scheme;
import coop.spokes.assembly.tally.Tally;
import coop.spokes.assembly.tally.TallyDocumentReader;
import coop.spokes.audit.service.AuditService;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.mail.MailAttachment;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Running an assembly, for its chairs: convening it (the notice mailed to every eligible member in
 * their language, with an {@code .ics}), opening voting once the notice period has run, opening and
 * closing motions one by one, counting each with the tally core as it closes, closing the assembly
 * with the audit chain's head, and publishing the result. Also attendance and live turnout.
 */
@ApplicationScoped
@Transactional
public class ChairService {
  /** Members whose facts are read at once when mailing the notice. */
  static final int NOTICE_BATCH = 2000;

  @Inject Access access;
  @Inject AssemblyRepository repo;
  @Inject AssemblyService assemblies;
  @Inject BallotStore ballots;
  @Inject BallotKeys keys;
  @Inject MemberFactsService members;
  @Inject MailService mail;
  @Inject ReceiptMailSeal receiptMails;

  @Inject
  @ConfigProperty(name = "spokes.assembly.close.receipt-wait-seconds", defaultValue = "20")
  int receiptWaitSeconds;

  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * DRAFT → CONVENED: the roll is frozen and the notice goes to every eligible member. Requires
   * CHAIR of it.
   *
   * @throws AssemblyException see {@link Assembly#convene}
   * @return how many notices were queued
   */
  public int convene(long assemblyId) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assemblies.lock(assemblyId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    a.convene(now, repo.openObjections(assemblyId), repo.motions(assemblyId).size());
    byte[] ics =
        NoticeCalendar.event(
            "assembly-" + assemblyId + "@spokes",
            a.getTitle(),
            a.getDescription(),
            a.getPlace(),
            a.getFirstCallAt(),
            a.getClosesAt(),
            now);
    MailAttachment calendar =
        new MailAttachment(
            "assembly-notice.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics);
    String agenda =
        String.join(
            "\n",
            repo.motions(assemblyId).stream()
                .map(m -> m.getPosition() + ". " + m.getTitle())
                .toList());
    int sent = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> page = repo.eligibleWeights(assemblyId, after, NOTICE_BATCH);
      if (page.isEmpty()) {
        break;
      }
      List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
      Map<Long, MemberFacts> facts = members.byIdsInternal(ids);
      for (Long id : ids) {
        MemberFacts m = facts.get(id);
        if (m == null || m.email() == null || m.email().isBlank()) {
          continue;
        }
        mail.queueWithAttachments(
            m.email(),
            m.language(),
            "assemblyNotice",
            List.of(calendar),
            m.displayName(),
            a.getTitle(),
            coop.spokes.platform.i18n.Formatting.dateTime(
                a.getFirstCallAt(),
                coop.spokes.platform.i18n.Languages.localeOf(
                    coop.spokes.platform.i18n.Languages.isSupported(m.language())
                        ? m.language()
                        : coop.spokes.platform.i18n.Languages.DEFAULT),
                a.getTimeZone()),
            a.getTimeZone().getId(),
            a.getPlace() == null ? "" : a.getPlace(),
            new coop.spokes.platform.mail.MultilineText(agenda));
        sent++;
      }
      after = ids.get(ids.size() - 1);
      if (page.size() < NOTICE_BATCH) {
        break;
      }
    }
    audit.record(
        AssemblyService.STREAM,
        "assembly.convened",
        "assembly",
        assemblyId,
        Map.of("notices", Integer.toString(sent)),
        null);
    return sent;
  }

  /**
   * CONVENED → OPEN. Requires CHAIR of it.
   *
   * @throws AssemblyException {@code assembly.open.noticeRunning} before the notice period ran,
   *     {@code assembly.open.outsideWindow} outside the voting window
   */
  public void open(long assemblyId) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assemblies.lock(assemblyId);
    a.open(OffsetDateTime.now(clock));
    audit.record(AssemblyService.STREAM, "assembly.opened", "assembly", assemblyId, Map.of(), null);
  }

  /**
   * Opens a motion for voting at {@code call} (1 or 2), with a fresh ballot key. Requires CHAIR of
   * its assembly, which must be OPEN.
   *
   * @throws AssemblyException {@code assembly.state.wrong}, {@code assembly.vote.windowClosed},
   *     {@code assembly.motion.notPending}, {@code assembly.call.invalid}
   */
  public void openMotion(long motionId, int call) {
    access.requireSignedIn();
    AssemblyMotion m = assemblies.motion(motionId);
    access.requireAnyToSee("motion", motionId, AssemblyGrants.chair(m.getAssemblyId()));
    Assembly a = assemblies.lock(m.getAssemblyId());
    a.requireState(AssemblyState.OPEN);
    if (!a.takesBallots(OffsetDateTime.now(clock))) {
      throw new AssemblyException(null, "assembly.vote.windowClosed");
    }
    if (call != 1 && !(call == 2 && a.getSecondCallAt() != null)) {
      throw new AssemblyException("call", "assembly.call.invalid");
    }
    m = repo.lockMotion(motionId).orElseThrow();
    m.open(OffsetDateTime.now(clock), call, keys.newSealedKey(motionId));
    audit.record(
        AssemblyService.STREAM,
        "motion.opened",
        "motion",
        motionId,
        Map.of("assembly", Long.toString(a.getId()), "call", Integer.toString(call)),
        null);
  }

  /**
   * Closes a motion and counts it: its ballot key is destroyed (no ballot can be found by its voter
   * any more), its tally document written and counted by the tally core. Receipt mails of the
   * motion still in the outbox are sent first, waiting at most {@code
   * spokes.assembly.close.receipt-wait-seconds}: once the key is gone they can no longer be opened.
   * Requires CHAIR of its assembly.
   *
   * @return how many receipt mails of the motion were not sent when it closed (given up; their
   *     voters were shown their receipts when they voted)
   * @throws AssemblyException {@code assembly.motion.notOpen}, {@code assembly.count.failed} when
   *     the count refuses the document (the motion then stays open)
   */
  public int closeMotion(long motionId) {
    access.requireSignedIn();
    AssemblyMotion m = assemblies.motion(motionId);
    access.requireAnyToSee("motion", motionId, AssemblyGrants.chair(m.getAssemblyId()));
    receiptMails.sendBeforeClosing(List.of(motionId), receiptWait());
    Assembly a = assemblies.lock(m.getAssemblyId());
    m = repo.lockMotion(motionId).orElseThrow();
    return closeAndCount(a, m);
  }

  /** How long closing waits for receipt mails still in the outbox. */
  private Duration receiptWait() {
    return Duration.ofSeconds(Math.max(0, receiptWaitSeconds));
  }

  /**
   * Closes and counts; answers how many receipt mails of the motion were not sent (those still
   * waiting are given up: their key is destroyed now).
   */
  private int closeAndCount(Assembly a, AssemblyMotion m) {
    // Every ballot committed before the motion was locked has its receipt in the outbox by now,
    // and no other can come (a cast holds the motion open until it commits).
    int unsent = (int) receiptMails.unsent(List.of(m.getId()));
    receiptMails.giveUp(List.of(m.getId()));
    m.close(OffsetDateTime.now(clock));
    ballots.forgetReplaceKeys(m.getId());
    JsonObject document = document(a, m);
    String text = TallyDocuments.text(document);
    Outcome outcome;
    try {
      outcome =
          Tally.count(
              TallyDocumentReader.read(
                      new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                  .input());
    } catch (InvalidTallyException e) {
      throw new AssemblyException(null, "assembly.count.failed", e.reason(Locale.ENGLISH));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    JsonObject outcomeJson = OutcomeJson.write(outcome);
    // The published document carries the outcome it was counted to, so that a recount of it says
    // whether the two agree (spokes-cli.jar recount).
    text =
        TallyDocuments.text(Json.createObjectBuilder(document).add("outcome", outcomeJson).build());
    m.counted(text, TallyDocuments.text(outcomeJson), outcome.result().name());
    List<String> receipts = ballots.receiptHashes(m.getId());
    audit.record(
        AssemblyService.STREAM,
        "motion.closed",
        "motion",
        m.getId(),
        Map.of(
            "assembly", Long.toString(a.getId()),
            "ballots", Integer.toString(receipts.size()),
            "receipts", digest(String.join("\n", receipts)),
            "document", digest(text),
            "result", outcome.result().name(),
            "receiptMailsUnsent", Integer.toString(unsent)),
        null);
    return unsent;
  }

  /** The motion's tally document, from what is stored now. */
  JsonObject document(Assembly a, AssemblyMotion m) {
    Scheme scheme = SchemeJson.readScheme(a.getScheme());
    List<TallyDocuments.Eligible> eligible = new ArrayList<>();
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> page = repo.eligibleWeights(a.getId(), after, 5000);
      for (Object[] r : page) {
        eligible.add(new TallyDocuments.Eligible((String) r[1], (String) r[2], (String) r[3]));
      }
      if (page.size() < 5000) {
        break;
      }
      after = (Long) page.get(page.size() - 1)[0];
    }
    Map<String, TallyDocuments.ClassAttendance> attendance = new LinkedHashMap<>();
    Map<String, long[]> heads = new LinkedHashMap<>();
    Map<String, Fraction[]> weights = new LinkedHashMap<>();
    addAttendance(scheme, repo.presentAt(a.getId(), m.getCallNumber()), 0, heads, weights);
    addAttendance(scheme, repo.representedAt(a.getId(), m.getCallNumber()), 1, heads, weights);
    heads.forEach(
        (c, h) ->
            attendance.put(
                c,
                new TallyDocuments.ClassAttendance(
                    h[0], h[1], weights.get(c)[0], weights.get(c)[1])));
    return TallyDocuments.write(
        new TallyDocuments.Parts(
            "assembly-" + a.getId() + "-motion-" + m.getPosition(),
            m.getTitle(),
            a.getScheme(),
            m.getRules(),
            m.getCallNumber(),
            m.isSecret(),
            eligible,
            attendance,
            ballots.groups(m.getId())));
  }

  private static void addAttendance(
      Scheme scheme,
      List<AssemblyRepository.Attendee> list,
      int part,
      Map<String, long[]> heads,
      Map<String, Fraction[]> weights) {
    for (AssemblyRepository.Attendee t : list) {
      heads.computeIfAbsent(t.memberClass(), c -> new long[2])[part]++;
      Fraction[] w =
          weights.computeIfAbsent(
              t.memberClass(), c -> new Fraction[] {Fraction.ZERO, Fraction.ZERO});
      w[part] =
          w[part].plus(
              Tally.memberWeight(
                  scheme,
                  TallyDocuments.name(t.kind()),
                  scheme.memberWeight() instanceof MemberWeightRule.PluralVotes
                      ? Fraction.parse(t.rawWeight())
                      : null,
                  "$"));
    }
  }

  /**
   * OPEN → CLOSED: any open motion is closed and counted (its receipt mails sent first, as for
   * {@link #closeMotion}), and the closing is recorded in the audit chain, whose head is kept with
   * the result. Requires CHAIR of it.
   *
   * @return how many receipt mails were still unsent when it closed
   */
  public int close(long assemblyId) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    receiptMails.sendBeforeClosing(
        repo.motions(assemblyId).stream()
            .filter(m -> m.getState() == MotionState.OPEN)
            .map(AssemblyMotion::getId)
            .toList(),
        receiptWait());
    Assembly a = assemblies.lock(assemblyId);
    a.requireState(AssemblyState.OPEN);
    int unsent = 0;
    for (AssemblyMotion m : repo.motions(assemblyId)) {
      if (m.getState() == MotionState.OPEN) {
        unsent += closeAndCount(a, repo.lockMotion(m.getId()).orElseThrow());
      }
    }
    a.close(OffsetDateTime.now(clock));
    audit.record(AssemblyService.STREAM, "assembly.closed", "assembly", assemblyId, Map.of(), null);
    audit.head(AssemblyService.STREAM).ifPresent(h -> a.sealAuditHead(h.seq(), h.hash()));
    return unsent;
  }

  /** CLOSED → PUBLISHED: the result is public. Requires CHAIR of it. */
  public void publish(long assemblyId) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assemblies.lock(assemblyId);
    a.publish(OffsetDateTime.now(clock));
    audit.record(
        AssemblyService.STREAM, "assembly.published", "assembly", assemblyId, Map.of(), null);
  }

  /**
   * Marks the member numbered {@code memberNumber} on the roll present (or not) at a call. Requires
   * CHAIR of it, while CONVENED or OPEN.
   *
   * @throws AssemblyException {@code assembly.attendance.closed}, {@code assembly.call.invalid},
   *     {@code assembly.attendance.unknown} at {@code attendee}
   */
  public void markPresenceByNumber(
      long assemblyId, int call, String memberNumber, boolean present) {
    access.requireAnyToSee("assembly", assemblyId, AssemblyGrants.chair(assemblyId));
    Assembly a = assemblies.lock(assemblyId);
    if (a.getState() != AssemblyState.CONVENED && a.getState() != AssemblyState.OPEN) {
      throw new AssemblyException(null, "assembly.attendance.closed");
    }
    if (call != 1 && !(call == 2 && a.getSecondCallAt() != null)) {
      throw new AssemblyException("call", "assembly.call.invalid");
    }
    RollEntry e =
        repo.rollEntryByNumber(assemblyId, memberNumber)
            .orElseThrow(() -> new AssemblyException("attendee", "assembly.attendance.unknown"));
    long memberId = e.getMemberId();
    if (!present && ballots.castAtCall(assemblyId, call, memberId)) {
      // Their ballots count as attended: unmarking them would leave more ballots than attendees.
      throw new AssemblyException("attendee", "assembly.attendance.voted");
    }
    boolean changed =
        present
            ? repo.markPresent(
                assemblyId,
                call,
                e.getMemberId(),
                access.requireUserId(),
                OffsetDateTime.now(clock))
            : repo.markAbsent(assemblyId, call, e.getMemberId());
    if (changed) {
      audit.record(
          AssemblyService.STREAM,
          present ? "attendance.marked" : "attendance.unmarked",
          "assembly",
          assemblyId,
          Map.of("member", Long.toString(memberId), "call", Integer.toString(call)),
          null);
    }
  }

  /** Turnout of one class while a motion is open: who took part so far, never what they chose. */
  public record ClassTurnout(String memberClass, long voted, long eligible)
      implements Serializable {}

  /**
   * Turnout per class on an open (or closed) motion: voters so far against the eligible. Requires
   * CHAIR of its assembly.
   */
  public List<ClassTurnout> turnout(long motionId) {
    access.requireSignedIn();
    AssemblyMotion m = assemblies.motion(motionId);
    access.requireAnyToSee("motion", motionId, AssemblyGrants.chair(m.getAssemblyId()));
    Map<String, Long> voted = ballots.turnout(motionId);
    List<ClassTurnout> list = new ArrayList<>();
    repo.eligibleByClassAndKind(m.getAssemblyId())
        .forEach(
            (c, kinds) ->
                list.add(
                    new ClassTurnout(
                        c,
                        voted.getOrDefault(c, 0L),
                        kinds.values().stream().mapToLong(Long::longValue).sum())));
    return list;
  }

  static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
