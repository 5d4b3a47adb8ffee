package coop.spokes.assembly.tally;

import static coop.spokes.assembly.tally.TallyDocuments.count;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over many generated tallies (hand-rolled generators with fixed seeds, so a failure
 * names the seed that reproduces it): class shares always add up to the whole, and the order of the
 * ballots never changes an outcome.
 */
class TallyPropertiesTest {

  static final int RUNS = 300;

  /** A random vote: 1 to 4 classes with shares in points of 100, kinds, proxies, changed votes. */
  record Generated(String head, List<String> ballots) {
    String document() {
      return head + "\"ballots\": [" + String.join(",\n", ballots) + "]}";
    }
  }

  static Generated generate(long seed) {
    Random r = new Random(seed);
    int classes = 1 + r.nextInt(4);
    int[] shares = new int[classes];
    int left = 100;
    for (int c = 0; c < classes - 1; c++) {
      shares[c] = r.nextInt(left + 1);
      left -= shares[c];
    }
    shares[classes - 1] = left;
    StringBuilder shareText = new StringBuilder();
    StringBuilder roll = new StringBuilder();
    int[] eligible = new int[classes];
    for (int c = 0; c < classes; c++) {
      eligible[c] = 5 + r.nextInt(40);
      shareText.append(c == 0 ? "" : ", ").append("\"c%d\": \"%d\"".formatted(c, shares[c]));
      roll.append(c == 0 ? "" : ", ")
          .append("\"c%d\": {\"eligible\": \"%d\"}".formatted(c, eligible[c]));
    }
    String denominator = r.nextBoolean() ? "votes-cast" : "eligible";
    String below = r.nextBoolean() ? "redistribute" : "abstain";
    String base =
        List.of("cast-excluding-abstentions", "cast-including-abstentions", "eligible")
            .get(r.nextInt(3));
    String head =
        """
        {"format": "spokes-tally/1",
         "scheme": {"memberWeight": {"rule": "kind-multipliers",
                                     "multipliers": {"organisation": "3", "person": "1"}},
                    "splitVotes": ["organisation"],
                    "classShares": {"total": "100", "shares": {%s}, "denominator": "%s",
                                    "belowTurnout": "%s",
                                    "minimumTurnout": {"c0": {"count": "%d"}}}},
         "electorate": {"classes": {%s}},
         "motion": {"kind": "yes-no",
                    "threshold": {"fraction": "1/2", "comparison": ">", "base": "%s"}},
         "settings": {"maxPrincipals": "2", "principalOverrides": %s, "changingVotes": true},
         "delegations": [{"principal": "p0", "holder": "h0"}, {"principal": "p1", "holder": "h0"}],
        """
            .formatted(shareText, denominator, below, r.nextInt(4), roll, base, r.nextBoolean());
    // Eligible weight under kind multipliers needs the kinds of the roll: every member a person
    // unless the ballots say otherwise, which the roll then must count. Keep it simple: the roll
    // states no weight, so an "eligible" denominator or base uses heads × 1 only when computable;
    // give every class its weight as persons plus organisations below.
    List<String> ballots = new ArrayList<>();
    int receipt = 0;
    int[] organisations = new int[classes];
    int[] persons = new int[classes];
    for (int c = 0; c < classes; c++) {
      int voters = r.nextInt(eligible[c] + 1);
      for (int v = 0; v < voters; v++) {
        boolean organisation = r.nextInt(4) == 0;
        String choices;
        if (organisation) {
          organisations[c]++;
          int yes = r.nextInt(4);
          int no = r.nextInt(4 - yes);
          choices =
              "{\"yes\": \"%d\", \"no\": \"%d\", \"abstain\": \"%d\"}"
                  .formatted(yes, no, 3 - yes - no);
        } else {
          persons[c]++;
          choices = "{\"%s\": \"1\"}".formatted(List.of("yes", "no", "abstain").get(r.nextInt(3)));
        }
        ballots.add(
            "{\"receipt\": \"r%d\", \"class\": \"c%d\", \"kind\": \"%s\", \"choices\": %s}"
                .formatted(receipt++, c, organisation ? "organisation" : "person", choices));
      }
    }
    // Named ballots in class 0 when it has room: the holder, two principals (one overriding),
    // and a voter who changed their vote.
    if (eligible[0] - persons[0] - organisations[0] >= 5) {
      String named =
          "{\"receipt\": \"r%d\", \"class\": \"c0\", \"kind\": \"person\", \"voter\": \"%s\"%s,"
              + " \"sequence\": \"%d\", \"choices\": {\"%s\": \"1\"}}";
      ballots.add(named.formatted(receipt++, "h0", "", 1, "yes"));
      ballots.add(named.formatted(receipt++, "p0", ", \"castBy\": \"h0\"", 2, "yes"));
      ballots.add(named.formatted(receipt++, "p1", ", \"castBy\": \"h0\"", 3, "no"));
      ballots.add(named.formatted(receipt++, "p1", "", 4, "abstain"));
      ballots.add(named.formatted(receipt++, "v", "", 5, "no"));
      ballots.add(named.formatted(receipt++, "v", "", 9, "yes"));
      persons[0] += 4;
    }
    StringBuilder rollWithKinds = new StringBuilder();
    for (int c = 0; c < classes; c++) {
      int others = eligible[c] - organisations[c] - persons[c];
      rollWithKinds
          .append(c == 0 ? "" : ", ")
          .append(
              "\"c%d\": {\"eligible\": \"%d\", \"byKind\": {\"organisation\": \"%d\", \"person\": \"%d\"}}"
                  .formatted(c, eligible[c], organisations[c], persons[c] + others));
    }
    return new Generated(head.replace(roll.toString(), rollWithKinds.toString()), ballots);
  }

  @Test
  void classSharesAlwaysAddUpToTheWhole() {
    int redistributed = 0;
    int abstained = 0;
    for (long seed = 1; seed <= RUNS; seed++) {
      Outcome o = count(generate(seed).document());
      redistributed +=
          o.classes().values().stream()
              .filter(c -> "REDISTRIBUTED".equals(c.shareCounted()))
              .count();
      abstained +=
          o.classes().values().stream().filter(c -> "ABSTAINED".equals(c.shareCounted())).count();
      Fraction shares = Fraction.ZERO;
      for (var c : o.classes().values()) {
        shares = shares.plus(c.share());
        if ("COUNTED".equals(c.shareCounted())) {
          // What the class holds over the options of the base is exactly its share when the
          // base is what its denominator divided (votes cast), and never more otherwise.
          Fraction held = Fraction.ZERO;
          for (var e : c.subtotals().entrySet()) {
            if (!e.getKey().equals(Motion.ABSTAIN)
                || !o.thresholds().get(0).base().equals("CAST_EXCLUDING_ABSTENTIONS")) {
              held = held.plus(e.getValue());
            }
          }
          if (c.perUnit().equals(c.share().dividedBy(c.figures().eligibleWeight()))) {
            assertThat(held).as("seed %d", seed).isLessThanOrEqualTo(c.share());
          } else {
            assertThat(held).as("seed %d", seed).isEqualTo(c.share());
          }
        }
      }
      boolean anyCounted =
          o.classes().values().stream().anyMatch(c -> "COUNTED".equals(c.shareCounted()));
      boolean abstaining =
          o.classes().values().stream().anyMatch(c -> "ABSTAINED".equals(c.shareCounted()));
      if (anyCounted || abstaining) {
        assertThat(shares).as("seed %d", seed).isEqualTo(Fraction.of(100));
      }
    }
    // The generator reaches both ways of treating a class below its turnout.
    assertThat(redistributed).isPositive();
    assertThat(abstained).isPositive();
  }

  @Test
  void permutingTheBallotsNeverChangesTheOutcome() {
    int withProxies = 0;
    for (long seed = 1; seed <= RUNS; seed++) {
      Generated g = generate(seed);
      Outcome outcome = count(g.document());
      withProxies += outcome.setAside().isEmpty() ? 0 : 1;
      JsonObject first = comparable(outcome);
      List<String> shuffled = new ArrayList<>(g.ballots());
      Collections.shuffle(shuffled, new Random(seed * 31));
      JsonObject second = comparable(count(new Generated(g.head(), shuffled).document()));
      assertThat(second).as("seed %d", seed).isEqualTo(first);
    }
    assertThat(withProxies).isGreaterThan(RUNS / 10);
  }

  /** The outcome without the ballots' positions, which a permutation changes by definition. */
  static JsonObject comparable(Outcome o) {
    JsonObject json = OutcomeJson.write(o);
    var b = jakarta.json.spi.JsonProvider.provider().createObjectBuilder(json);
    var receipts = jakarta.json.spi.JsonProvider.provider().createArrayBuilder();
    o.setAside().stream().map(Outcome.SetAside::receipt).sorted().forEach(receipts::add);
    return b.add("setAside", receipts).build();
  }
}
