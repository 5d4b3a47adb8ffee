package coop.spokes.membership.service;

import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.model.ImportField;
import coop.spokes.membership.model.ImportProblem;
import coop.spokes.membership.model.ImportRules;
import coop.spokes.membership.model.ImportedMember;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MembershipException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check of a register file before anything is imported, in the caller's transaction: every row
 * against the import rules, duplicates within the file, and the custodian's own register (and only
 * it) for members already there.
 */
@ApplicationScoped
class RegisterCheck {
  private static final int CHUNK = 500;

  @Inject MemberRepository members;
  @Inject Clock clock;

  /** The preview of a file, and the members it would add. */
  record Checked(ImportPreview preview, List<ImportedMember> fresh) {}

  /**
   * Checks every row of {@code file} read with {@code mapping}: its own problems, a number or
   * address given twice in the file, a member the custodian already has.
   *
   * @throws MembershipException {@code membership.import.mapping.incomplete}
   */
  Checked check(CustodianSummary custodian, ImportFile file, Map<ImportField, Integer> mapping) {
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
              values,
              custodian.shortCode(),
              custodian.defaultLanguage(),
              ImportVocabulary.WORDS,
              today);
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

  private static String shown(String value) {
    return value == null ? "" : abbreviate(value.strip());
  }

  static String abbreviate(String value) {
    return value.length() > 120 ? value.substring(0, 119) + "…" : value;
  }
}
