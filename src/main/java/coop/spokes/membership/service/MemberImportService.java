package coop.spokes.membership.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.model.ImportField;
import coop.spokes.membership.model.ImportProblem;
import coop.spokes.membership.model.ImportRules;
import coop.spokes.membership.model.ImportedMember;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.model.MembershipException;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Taking over a custodian's existing register from a spreadsheet (CSV): read the file and guess
 * which column holds what; preview every line with all its problems; then import all of it in one
 * transaction, or nothing. Lines whose member number or e-mail a member of the custodian already
 * has are skipped, so running the same file twice adds nothing. An import never attaches an account
 * and looks only at the custodian's own register, so what the manager sees (preview, result,
 * counts) tells nothing about other custodians' members or about which addresses have accounts.
 * Requires CUSTODIAN_MANAGER of the custodian or ADMIN throughout.
 */
@ApplicationScoped
@Transactional
public class MemberImportService {
  /** The largest file read, and the most rows and columns taken from it. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public static final int MAX_ROWS = 20_000;
  public static final int MAX_COLUMNS = 60;
  private static final int CHUNK = 500;

  @Inject Access access;
  @Inject MemberRepository members;
  @Inject CustodianService custodians;
  @Inject InvitationService invitations;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<MembersJoined> joined;

  /**
   * Reads a CSV file (UTF-8, or Windows-1252 as older spreadsheets save it; comma, semicolon or tab
   * separated; the first row names the columns).
   *
   * @throws MembershipException at field {@code file}: {@code membership.import.file.empty}, {@code
   *     membership.import.file.tooBig}, {@code membership.import.file.tooManyRows}, {@code
   *     membership.import.file.unreadable}
   */
  public ImportFile read(long custodianId, String fileName, byte[] content) {
    access.requireAny(alternatives(custodianId));
    if (content == null || content.length == 0) {
      throw new MembershipException("file", "membership.import.file.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new MembershipException(
          "file", "membership.import.file.tooBig", MAX_BYTES / 1024 / 1024);
    }
    String text = coop.spokes.platform.csv.CsvText.decode(content);
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = delimiterOf(firstLine);
    List<List<String>> rows = new ArrayList<>();
    List<String> headers;
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(new StringReader(text))) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new MembershipException("file", "membership.import.file.empty");
      }
      headers = cells(records.next());
      while (records.hasNext()) {
        List<String> row = cells(records.next());
        if (row.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          throw new MembershipException("file", "membership.import.file.tooManyRows", MAX_ROWS);
        }
        rows.add(row);
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new MembershipException("file", "membership.import.file.unreadable");
    }
    if (headers.size() > MAX_COLUMNS || rows.isEmpty()) {
      throw new MembershipException(
          "file",
          rows.isEmpty() ? "membership.import.file.empty" : "membership.import.file.unreadable");
    }
    return new ImportFile(fileName == null ? "" : fileName.strip(), headers, rows, guess(headers));
  }

  /**
   * What importing {@code file} with {@code mapping} (field to column index) would do, line by
   * line. Same access as {@link #read}.
   *
   * @throws MembershipException {@code membership.import.mapping.incomplete}
   */
  public ImportPreview preview(
      long custodianId, ImportFile file, Map<ImportField, Integer> mapping) {
    access.requireAny(alternatives(custodianId));
    return check(custodian(custodianId), file, mapping).preview();
  }

  /**
   * Imports every NEW line of {@code file} in one transaction (nothing when any line is INVALID):
   * members with their numbers (given or the next free ones). No account is opened, found or
   * attached: every current member's address (a person's own, an organisation's representative's)
   * gets an invitation, valid 14 days, that its owner accepts by signing in or choosing a password
   * ({@link InvitationService}). So the outcome, the counts and the mails are the same whether an
   * address has an account or not, and no link of another kind is revoked. Same access as {@link
   * #read}.
   *
   * @throws MembershipException {@code membership.import.hasProblems}, {@code
   *     membership.import.nothingNew}, {@code membership.import.mapping.incomplete}
   */
  public ImportResult commit(long custodianId, ImportFile file, Map<ImportField, Integer> mapping) {
    long by = access.requireUserId();
    access.requireAny(alternatives(custodianId));
    CustodianSummary custodian = custodian(custodianId);
    members.reserveUpTo(custodianId, 0); // one import (or approval) at a time per custodian
    Checked checked = check(custodian, file, mapping);
    ImportPreview preview = checked.preview();
    if (preview.invalidCount() > 0) {
      throw new MembershipException(null, "membership.import.hasProblems", preview.invalidCount());
    }
    if (preview.newCount() == 0) {
      throw new MembershipException(null, "membership.import.nothingNew", preview.existingCount());
    }
    long highest =
        checked.fresh().stream()
            .map(ImportedMember::seq)
            .filter(s -> s != null)
            .mapToLong(s -> s)
            .max()
            .orElse(0);
    members.reserveUpTo(custodianId, highest);
    OffsetDateTime now = OffsetDateTime.now(clock);
    String source = "import " + (file.name().isEmpty() ? "CSV" : abbreviate(file.name()));
    Map<Member, String> toInvite = new LinkedHashMap<>();
    for (ImportedMember line : checked.fresh()) {
      long seq = line.seq() != null ? line.seq() : members.nextNumber(custodianId);
      Member m = new Member(custodianId, custodian.shortCode(), seq, line);
      members.add(m);
      members.saveChange(m.imported(by, source, now));
      // Former members are kept in the register only: nobody is invited.
      if (line.status() != MemberStatus.LEFT) {
        toInvite.put(
            m, line.kind() == MemberKind.PERSON ? line.email() : line.representativeEmail());
      }
    }
    members.flush(); // the members exist before their invitations refer to them
    toInvite.forEach((m, address) -> invitations.invite(m, address, custodian, now));
    int invited = toInvite.size();
    if (!checked.fresh().isEmpty()) {
      joined.fire(new MembersJoined(custodianId, List.of(), true));
    }
    audit.record(
        JoinService.STREAM,
        "members.imported",
        "custodian",
        custodianId,
        Map.of(
            "created",
            Integer.toString(preview.newCount()),
            "existing",
            Integer.toString(preview.existingCount()),
            "invited",
            Integer.toString(invited),
            "file",
            abbreviate(file.name())),
        null);
    return new ImportResult(preview.newCount(), preview.existingCount(), invited);
  }

  private record Checked(ImportPreview preview, List<ImportedMember> fresh) {}

  private Checked check(
      CustodianSummary custodian, ImportFile file, Map<ImportField, Integer> mapping) {
    for (ImportField f : ImportField.values()) {
      Integer column = mapping.get(f);
      if (f.isRequired() && (column == null || column < 0 || column >= file.headers().size())) {
        throw new MembershipException(null, "membership.import.mapping.incomplete");
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    List<ImportLine> lines = new ArrayList<>();
    Map<Integer, ImportedMember> valid = new LinkedHashMap<>();
    Map<String, Integer> seenNumbers = new HashMap<>();
    Map<String, Integer> seenEmails = new HashMap<>();
    for (int i = 0; i < file.rows().size(); i++) {
      List<String> row = file.rows().get(i);
      int rowNumber = i + 2;
      Map<ImportField, String> values = new EnumMap<>(ImportField.class);
      mapping.forEach(
          (field, column) -> {
            if (column != null && column >= 0 && column < row.size()) {
              values.put(field, row.get(column));
            }
          });
      ImportRules.Checked c =
          ImportRules.check(
              values, custodian.shortCode(), custodian.defaultLanguage(), WORDS, today);
      List<ImportProblem> problems = new ArrayList<>(c.problems());
      String number = null;
      if (c.ok()) {
        ImportedMember m = c.member();
        number = m.seq() == null ? null : Member.number(custodian.shortCode(), m.seq());
        Integer sameNumber = number == null ? null : seenNumbers.putIfAbsent(number, rowNumber);
        Integer sameEmail = seenEmails.putIfAbsent(m.email(), rowNumber);
        if (sameNumber != null) {
          problems.add(
              new ImportProblem(ImportField.NUMBER, "membership.import.duplicate", sameNumber));
        }
        if (sameEmail != null) {
          problems.add(
              new ImportProblem(ImportField.EMAIL, "membership.import.duplicate", sameEmail));
        }
        if (problems.isEmpty()) {
          valid.put(i, m);
        }
      }
      lines.add(
          new ImportLine(
              rowNumber,
              number != null ? number : shown(values.get(ImportField.NUMBER)),
              shown(values.get(ImportField.NAME)),
              shown(values.get(ImportField.EMAIL)),
              problems.isEmpty() ? ImportLine.Outcome.NEW : ImportLine.Outcome.INVALID,
              List.copyOf(problems)));
    }
    Set<String> existing = existing(custodian, valid.values());
    List<ImportedMember> fresh = new ArrayList<>();
    int newCount = 0;
    int existingCount = 0;
    for (Map.Entry<Integer, ImportedMember> e : valid.entrySet()) {
      ImportedMember m = e.getValue();
      boolean present =
          existing.contains(m.email())
              || m.seq() != null
                  && existing.contains(Member.number(custodian.shortCode(), m.seq()));
      if (present) {
        ImportLine l = lines.get(e.getKey());
        lines.set(
            e.getKey(),
            new ImportLine(
                l.row(), l.number(), l.name(), l.email(), ImportLine.Outcome.EXISTING, List.of()));
        existingCount++;
      } else {
        fresh.add(m);
        newCount++;
      }
    }
    return new Checked(
        new ImportPreview(lines, newCount, existingCount, lines.size() - newCount - existingCount),
        fresh);
  }

  private Set<String> existing(
      CustodianSummary custodian, java.util.Collection<ImportedMember> lines) {
    Set<String> found = new HashSet<>();
    List<ImportedMember> all = List.copyOf(lines);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<ImportedMember> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      found.addAll(
          members.existing(
              custodian.id(),
              chunk.stream()
                  .filter(m -> m.seq() != null)
                  .map(m -> Member.number(custodian.shortCode(), m.seq()))
                  .toList(),
              chunk.stream().map(ImportedMember::email).toList()));
    }
    return found;
  }

  private CustodianSummary custodian(long custodianId) {
    return custodians
        .findPublic(custodianId)
        .orElseThrow(() -> new NotFoundException("custodian", custodianId));
  }

  private static Map<ImportField, Integer> guess(List<String> headers) {
    Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    for (ImportField f : ImportField.values()) {
      for (int i = 0; i < headers.size(); i++) {
        if (f.matches(headers.get(i)) && !mapping.containsValue(i)) {
          mapping.put(f, i);
          break;
        }
      }
    }
    return mapping;
  }

  private static char delimiterOf(String header) {
    char best = ',';
    long most = header.chars().filter(ch -> ch == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long n = header.chars().filter(ch -> ch == candidate).count();
      if (n > most) {
        best = candidate;
        most = n;
      }
    }
    return best;
  }

  private static List<String> cells(CSVRecord record) {
    List<String> cells = new ArrayList<>(record.size());
    record.forEach(c -> cells.add(c == null ? "" : c.strip()));
    return cells;
  }

  private static String shown(String value) {
    return value == null ? "" : abbreviate(value.strip());
  }

  private static String abbreviate(String value) {
    return value.length() > 120 ? value.substring(0, 119) + "…" : value;
  }

  private static Grant[] alternatives(long custodianId) {
    return new Grant[] {
      Grant.admin(), Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId))
    };
  }

  /** Codes and labels, in every language, that name a class, a kind or a status. */
  static final ImportRules.Vocabulary WORDS = vocabulary();

  private static ImportRules.Vocabulary vocabulary() {
    Map<String, MemberClass> classes = new HashMap<>();
    Map<String, MemberKind> kinds = new HashMap<>();
    Map<String, MemberStatus> statuses = new HashMap<>();
    for (String lang : Languages.SUPPORTED) {
      Locale l = Languages.localeOf(lang);
      for (MemberClass c : MemberClass.values()) {
        classes.put(key(c.name()), c);
        classes.put(key(Texts.text(l, "membership.MemberClass.short." + c.name())), c);
        classes.put(key(Texts.text(l, "membership.MemberClass." + c.name())), c);
      }
      for (MemberKind k : MemberKind.values()) {
        kinds.put(key(k.name()), k);
        kinds.put(key(Texts.text(l, "membership.MemberKind." + k.name())), k);
        kinds.put(key(Texts.text(l, "membership.import.word." + k.name())), k);
      }
      for (MemberStatus s : MemberStatus.values()) {
        statuses.put(key(s.name()), s);
        statuses.put(key(Texts.text(l, "membership.MemberStatus." + s.name())), s);
      }
    }
    kinds.put("organization", MemberKind.ORGANISATION);
    return new Words(Map.copyOf(classes), Map.copyOf(kinds), Map.copyOf(statuses));
  }

  private static String key(String word) {
    return Member.sortKey(word);
  }

  private record Words(
      Map<String, MemberClass> classes,
      Map<String, MemberKind> kinds,
      Map<String, MemberStatus> statuses)
      implements ImportRules.Vocabulary {
    @Override
    public Optional<MemberClass> memberClass(String word) {
      return Optional.ofNullable(classes.get(key(word)));
    }

    @Override
    public Optional<MemberKind> kind(String word) {
      return Optional.ofNullable(kinds.get(key(word)));
    }

    @Override
    public Optional<MemberStatus> status(String word) {
      return Optional.ofNullable(statuses.get(key(word)));
    }
  }
}
