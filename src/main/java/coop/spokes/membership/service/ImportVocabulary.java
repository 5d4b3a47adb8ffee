package coop.spokes.membership.service;

import coop.spokes.membership.model.ImportRules;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.i18n.Texts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a register may use for a member's class, kind and status: the codes, and their labels
 * in every language Spokes speaks, compared without case or accents.
 */
final class ImportVocabulary {
  private ImportVocabulary() {}

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
