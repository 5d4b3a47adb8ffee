package coop.spokes.audit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HashChainTest {
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 123_456_000, ZoneOffset.UTC);

  /** An entry with valid defaults; each test changes only what it is about. */
  private static final class EntryBuilder {
    private String stream = "custodian";
    private String action = "custodian.created";
    private String subjectType = "Custodian";
    private String subjectId = "42";
    private Long actorId = 7L;
    private Map<String, String> details = Map.of("shortCode", "ES", "currency", "EUR");
    private String note;

    EntryBuilder stream(String value) {
      stream = value;
      return this;
    }

    EntryBuilder action(String value) {
      action = value;
      return this;
    }

    EntryBuilder subject(String type, String id) {
      subjectType = type;
      subjectId = id;
      return this;
    }

    EntryBuilder actor(Long value) {
      actorId = value;
      return this;
    }

    EntryBuilder details(Map<String, String> value) {
      details = value;
      return this;
    }

    EntryBuilder note(String value) {
      note = value;
      return this;
    }

    AuditEntry build() {
      return new AuditEntry(stream, action, subjectType, subjectId, actorId, details, note);
    }
  }

  private static EntryBuilder anEntry() {
    return new EntryBuilder();
  }

  private static AuditEntry typicalEntry() {
    return anEntry().build();
  }

  /** The first event of a stream, at {@link #AT}. */
  private static AuditEvent event(AuditEntry entry) {
    return new AuditEvent(1, HashChain.GENESIS, entry, AT);
  }

  private static AuditEvent event(EntryBuilder entry) {
    return event(entry.build());
  }

  // --- the chain --------------------------------------------------------------------------------

  @Test
  void firstEventOfAStreamLinksToGenesis() {
    AuditStreamHead head = new AuditStreamHead("custodian");

    AuditEvent first = head.append(typicalEntry(), AT);

    assertThat(first.getSeq()).isEqualTo(1);
    assertThat(first.getPrevHash()).isEqualTo(HashChain.GENESIS).isEqualTo("0".repeat(64));
  }

  @Test
  void newHeadStartsAtSequenceZeroAndGenesis() {
    AuditStreamHead head = new AuditStreamHead("custodian");

    assertThat(head.getStream()).isEqualTo("custodian");
    assertThat(head.getLastSeq()).isZero();
    assertThat(head.getLastHash()).isEqualTo(HashChain.GENESIS);
  }

  @Test
  void headAppendsSequenceOneTwoThreeEachLinkedToThePreviousHash() {
    AuditStreamHead head = new AuditStreamHead("custodian");

    AuditEvent first = head.append(typicalEntry(), AT);
    AuditEvent second =
        head.append(anEntry().action("custodian.updated").build(), AT.plusSeconds(1));
    AuditEvent third =
        head.append(anEntry().action("custodian.updated").actor(8L).build(), AT.plusSeconds(2));

    assertThat(List.of(first, second, third))
        .extracting(AuditEvent::getSeq)
        .containsExactly(1L, 2L, 3L);
    assertThat(second.getPrevHash()).isEqualTo(first.getHash());
    assertThat(third.getPrevHash()).isEqualTo(second.getHash());
    assertThat(head.getLastSeq()).isEqualTo(3);
    assertThat(head.getLastHash()).isEqualTo(third.getHash());
    assertThat(List.of(first.getHash(), second.getHash(), third.getHash())).doesNotHaveDuplicates();
  }

  @Test
  void entryOfAnotherStreamIsRefusedAndLeavesTheHeadUnmoved() {
    AuditStreamHead head = new AuditStreamHead("custodian");
    head.append(typicalEntry(), AT);
    AuditEntry other = anEntry().stream("identity").action("login.succeeded").build();

    assertThatThrownBy(() -> head.append(other, AT.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identity")
        .hasMessageContaining("custodian");
    assertThat(head.getLastSeq()).isEqualTo(1);
  }

  @Test
  void eventCopiesTheEntryAndCanonicalisesItsDetails() {
    AuditEntry entry = anEntry().details(Map.of("b", "2", "a", "1")).note("typed by x").build();

    AuditEvent event = event(entry);

    assertThat(event.getStream()).isEqualTo("custodian");
    assertThat(event.getAction()).isEqualTo("custodian.created");
    assertThat(event.getSubjectType()).isEqualTo("Custodian");
    assertThat(event.getSubjectId()).isEqualTo("42");
    assertThat(event.getActorId()).isEqualTo(7L);
    assertThat(event.getDetails()).isEqualTo("a=1\nb=2");
    assertThat(event.getNote()).isEqualTo("typed by x");
  }

  // --- the hash ---------------------------------------------------------------------------------

  @Test
  void hashIsSha256OverTheLengthPrefixedFieldsInTheDocumentedOrder() {
    // Expected value computed outside Java, with the shell's printf and sha256sum, over
    // 64:000…0;9:custodian;1:1;27:2025-03-01T10:00:00.123456Z;1:7;17:custodian.created;
    // 9:Custodian;2:42;25:currency=EUR<LF>shortCode=ES;
    AuditEvent event = event(typicalEntry());

    assertThat(event.getHash())
        .isEqualTo("3fb6c429b1c0de3a85e6ebb45194cc12475a121ceb13137d0579bcf59cae643f");
  }

  @Test
  void hashIsDeterministic() {
    AuditEvent one = event(typicalEntry());
    AuditEvent two = event(typicalEntry());

    assertThat(two.getHash()).isEqualTo(one.getHash());
    assertThat(HashChain.hash(one)).isEqualTo(one.getHash());
    assertThat(one.getHash()).matches("[0-9a-f]{64}");
  }

  @Test
  void detailsInAnotherInsertionOrderHashTheSame() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");

    AuditEvent one = event(anEntry().details(ab));
    AuditEvent two = event(anEntry().details(ba));

    assertThat(two.getHash()).isEqualTo(one.getHash());
  }

  static Stream<Named<AuditEvent>> eventsDifferingInOneHashedField() {
    return Stream.of(
        Named.of("stream", event(anEntry().stream("custodian2"))),
        Named.of("action", event(anEntry().action("custodian.updated"))),
        Named.of("subjectType", event(anEntry().subject("Member", "42"))),
        Named.of("subjectId", event(anEntry().subject("Custodian", "43"))),
        Named.of("actorId", event(anEntry().actor(8L))),
        Named.of("actorId absent", event(anEntry().actor(null))),
        Named.of(
            "a details value",
            event(anEntry().details(Map.of("shortCode", "FR", "currency", "EUR")))),
        Named.of(
            "a details key",
            event(anEntry().details(Map.of("shortcode", "ES", "currency", "EUR")))),
        Named.of(
            "occurredAt, by one microsecond",
            new AuditEvent(1, HashChain.GENESIS, typicalEntry(), AT.plusNanos(1_000))),
        Named.of("seq", new AuditEvent(2, HashChain.GENESIS, typicalEntry(), AT)),
        Named.of("prevHash", new AuditEvent(1, "a".repeat(64), typicalEntry(), AT)));
  }

  @ParameterizedTest(name = "changing {0} changes the hash")
  @MethodSource("eventsDifferingInOneHashedField")
  void changingAnyHashedFieldChangesTheHash(AuditEvent changed) {
    AuditEvent original = event(typicalEntry());

    assertThat(changed.getHash()).isNotEqualTo(original.getHash());
  }

  @Test
  void noteIsNotHashedSoItCanBeErasedLater() {
    AuditEvent withNote = event(anEntry().note("login as anna@example.org from 192.0.2.1"));
    AuditEvent withOtherNote = event(anEntry().note("erased"));
    AuditEvent withoutNote = event(anEntry().note(null));

    assertThat(withNote.getNote()).isNotEqualTo(withOtherNote.getNote());
    assertThat(withNote.getHash())
        .isEqualTo(withOtherNote.getHash())
        .isEqualTo(withoutNote.getHash());
  }

  @Test
  void lengthPrefixesKeepSubjectTypeAndSubjectIdApart() {
    AuditEvent abThenC = event(anEntry().subject("ab", "c"));
    AuditEvent aThenBc = event(anEntry().subject("a", "bc"));

    assertThat(abThenC.getHash()).isNotEqualTo(aThenBc.getHash());
  }

  @Test
  void separatorInsideAValueCannotShiftTheFieldBoundary() {
    // Without length prefixes both would encode as "x;" + ";" + "y" + ";" = "x;;y;".
    AuditEvent separatorAtTheEnd = event(anEntry().subject("x;", "y"));
    AuditEvent separatorAtTheStart = event(anEntry().subject("x", ";y"));

    assertThat(separatorAtTheEnd.getHash()).isNotEqualTo(separatorAtTheStart.getHash());
  }

  @Test
  void lengthPrefixesKeepActionAndSubjectTypeApart() {
    AuditEvent one = event(anEntry().action("custodian.x").subject("Yz", null));
    AuditEvent two = event(anEntry().action("custodian.xy").subject("z", null));

    assertThat(one.getHash()).isNotEqualTo(two.getHash());
  }

  // --- time -------------------------------------------------------------------------------------

  @Test
  void eventAtAnOffsetHashesLikeTheSameInstantInUtc() {
    OffsetDateTime plusTwo = AT.withOffsetSameInstant(ZoneOffset.ofHours(2));
    assertThat(plusTwo.getHour()).isEqualTo(12);

    AuditEvent atUtc = event(typicalEntry());
    AuditEvent atPlusTwo = new AuditEvent(1, HashChain.GENESIS, typicalEntry(), plusTwo);

    assertThat(atPlusTwo.getHash()).isEqualTo(atUtc.getHash());
    assertThat(atPlusTwo.getOccurredAt()).isEqualTo(AT);
    assertThat(atPlusTwo.getOccurredAt().getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void timeIsTruncatedToMicroseconds() {
    AuditEvent withNanos = new AuditEvent(1, HashChain.GENESIS, typicalEntry(), AT.plusNanos(789));
    AuditEvent withMicros = event(typicalEntry());

    assertThat(withNanos.getOccurredAt()).isEqualTo(AT);
    assertThat(withNanos.getOccurredAt().getNano()).isEqualTo(123_456_000);
    assertThat(withNanos.getHash()).isEqualTo(withMicros.getHash());
  }

  @Test
  void truncateConvertsToUtcAndDropsNanoseconds() {
    OffsetDateTime local =
        OffsetDateTime.of(2025, 1, 1, 0, 30, 0, 999_999_999, ZoneOffset.ofHours(1));

    OffsetDateTime truncated = HashChain.truncate(local);

    assertThat(truncated)
        .isEqualTo(OffsetDateTime.of(2024, 12, 31, 23, 30, 0, 999_999_000, ZoneOffset.UTC));
  }

  // --- canonical details ------------------------------------------------------------------------

  @Test
  void detailsAreCanonicalisedInSortedKeyOrder() {
    Map<String, String> details = new HashMap<>();
    details.put("zeta", "26");
    details.put("alpha", "1");
    details.put("Mid", "13");

    String canonical = HashChain.canonicalDetails(details);

    assertThat(canonical).isEqualTo("Mid=13\nalpha=1\nzeta=26");
  }

  @Test
  void emptyDetailsAreAnEmptyString() {
    assertThat(HashChain.canonicalDetails(Map.of())).isEmpty();
  }

  @Test
  void lineBreaksAndBackslashesInDetailValuesAreEscaped() {
    String canonical =
        HashChain.canonicalDetails(Map.of("reason", "line one\nline two\r\nend \\ done"));

    assertThat(canonical)
        .isEqualTo("reason=line one\\nline two\\r\\nend \\\\ done")
        .doesNotContain("\n", "\r");
  }

  @Test
  void valueWithALineBreakCannotImitateASecondDetail() {
    AuditEvent forged = event(anEntry().details(Map.of("a", "1\nb=2")));
    AuditEvent genuine = event(anEntry().details(Map.of("a", "1", "b", "2")));

    assertThat(forged.getDetails()).isNotEqualTo(genuine.getDetails());
    assertThat(forged.getHash()).isNotEqualTo(genuine.getHash());
  }

  @Test
  void escapedLineBreakAndLiteralBackslashNDoNotCollide() {
    String realBreak = HashChain.canonicalDetails(Map.of("a", "x\ny"));
    String backslashN = HashChain.canonicalDetails(Map.of("a", "x\\ny"));

    assertThat(realBreak).isNotEqualTo(backslashN);
  }

  // --- AuditEntry -------------------------------------------------------------------------------

  @ParameterizedTest(name = "stream \"{0}\" is refused")
  @ValueSource(
      strings = {
        "",
        "Custodian",
        "has space",
        "-leading-dash",
        ".leading-dot",
        "slash/inside",
        "ünicode"
      })
  void badStreamNamesAreRefused(String stream) {
    assertThatThrownBy(() -> anEntry().stream(stream).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stream");
  }

  @Test
  void missingOrOverlongStreamIsRefused() {
    assertThatThrownBy(() -> anEntry().stream(null).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> anEntry().stream("s".repeat(101)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void streamOfOneHundredCharactersIsAccepted() {
    AuditEntry entry = anEntry().stream("s".repeat(100)).build();

    assertThat(entry.stream()).hasSize(100);
  }

  @ParameterizedTest(name = "action \"{0}\" is refused")
  @ValueSource(strings = {"", "Created", "custodian created", "_x", "custodian;drop"})
  void badActionNamesAreRefused(String action) {
    assertThatThrownBy(() -> anEntry().action(action).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action");
  }

  @Test
  void missingActionIsRefused() {
    assertThatThrownBy(() -> anEntry().action(null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action");
  }

  @Test
  void namesWithDigitsDotsColonsDashesAndUnderscoresAreAccepted() {
    AuditEntry entry = anEntry().stream("custodian:42").action("member.fee_paid-2025").build();

    assertThat(entry.stream()).isEqualTo("custodian:42");
    assertThat(entry.action()).isEqualTo("member.fee_paid-2025");
  }

  @Test
  void actionRecordedWhenAPasswordResetIsRequestedIsAValidName() {
    AuditEntry entry = anEntry().stream("identity").action("password.reset-requested").build();

    assertThat(entry.action()).isEqualTo("password.reset-requested");
  }

  @Test
  void camelCaseActionNamesAreRefused() {
    assertThatThrownBy(() -> anEntry().action("password.resetRequested").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "detail key \"{0}\" is refused")
  @ValueSource(strings = {"", "has space", "a=b", "line\nbreak", "semi;colon", "ünicode"})
  void badDetailKeysAreRefused(String key) {
    assertThatThrownBy(() -> anEntry().details(Map.of(key, "v")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad detail key");
  }

  @Test
  void detailKeyOfSixtyOneCharactersIsRefusedAndSixtyAccepted() {
    assertThatThrownBy(() -> anEntry().details(Map.of("k".repeat(61), "v")).build())
        .isInstanceOf(IllegalArgumentException.class);

    AuditEntry entry = anEntry().details(Map.of("k".repeat(60), "v")).build();

    assertThat(entry.details()).containsOnlyKeys("k".repeat(60));
  }

  @Test
  void missingDetailValueIsRefused() {
    Map<String, String> details = new HashMap<>();
    details.put("currency", null);

    assertThatThrownBy(() -> anEntry().details(details).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency");
  }

  @Test
  void missingDetailsBecomeEmpty() {
    AuditEntry entry = anEntry().details(null).build();

    assertThat(entry.details()).isEmpty();
    assertThat(event(entry).getDetails()).isEmpty();
  }

  @Test
  void entryKeepsACopyOfTheDetails() {
    Map<String, String> details = new HashMap<>(Map.of("currency", "EUR"));
    AuditEntry entry = anEntry().details(details).build();

    details.put("currency", "USD");

    assertThat(entry.details()).containsExactly(Map.entry("currency", "EUR"));
  }

  @Test
  void detailsCannotBeChangedAfterTheEntryIsMade() {
    AuditEntry entry = typicalEntry();

    assertThatThrownBy(() -> entry.details().put("bad key", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void noteLongerThanOneThousandCharactersIsCut() {
    AuditEntry entry = anEntry().note("n".repeat(1500)).build();

    assertThat(entry.note()).hasSize(1000);
  }
}
