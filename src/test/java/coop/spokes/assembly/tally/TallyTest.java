package coop.spokes.assembly.tally;

import static coop.spokes.assembly.tally.TallyDocuments.count;
import static coop.spokes.assembly.tally.TallyDocuments.document;
import static coop.spokes.assembly.tally.TallyDocuments.f;
import static coop.spokes.assembly.tally.TallyDocuments.invalidAt;
import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.assembly.tally.Outcome.Result;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of issue #10, each case worked out by hand in its comment and reproduced exactly. The
 * documents are written as a recounting member would write them.
 */
public class TallyTest {

  static final String OMOV = "{}";

  static final String YES_NO_MAJORITY =
      """
      {"kind": "yes-no", "threshold": {"fraction": "1/2", "comparison": ">"}}""";

  /** The worked example: three classes, votes cast in the class as denominator. */
  static final String WORKED_SCHEME =
      """
      {"classShares": {"unit": "points", "total": "100",
         "shares": {"producer": "50", "consumer": "40", "individual": "10"},
         "denominator": "votes-cast", "belowTurnout": "redistribute"}}""";

  static final String WORKED_ELECTORATE =
      """
      {"classes": {"producer": {"eligible": "6"}, "consumer": {"eligible": "120"},
                   "individual": {"eligible": "4"}}}""";

  static final String WORKED_BALLOTS =
      """
      {"class": "producer", "choices": {"yes": "1"}, "count": "4"},
      {"class": "producer", "choices": {"no": "1"}},
      {"class": "consumer", "choices": {"yes": "1"}, "count": "25"},
      {"class": "consumer", "choices": {"no": "1"}, "count": "35"},
      {"class": "individual", "receipt": "9f2c", "choices": {"yes": "1"}},
      {"class": "individual", "receipt": "04ab", "choices": {"yes": "1"}}""";

  public static String worked(String threshold) {
    return document(
        WORKED_SCHEME,
        WORKED_ELECTORATE,
        "{\"kind\": \"yes-no\", \"threshold\": " + threshold + "}",
        "",
        WORKED_BALLOTS);
  }

  @Nested
  class WorkedExample {

    @Test
    void votesCastInTheClassGiveYesTwoThirdsExactly() {
      // producer 50 × 4/5 = 40 yes, 10 no; consumer 40 × 25/60 = 50/3 yes, 70/3 no;
      // individual 10 × 2/2 = 10 yes: yes 200/3, no 100/3 of 100 points.
      Outcome o = count(worked("{\"fraction\": \"2/3\", \"comparison\": \">=\"}"));

      assertThat(o.unit()).isEqualTo(Outcome.POINTS);
      assertThat(o.options().get("yes").weight()).isEqualTo(f("200/3"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("100/3"));
      assertThat(o.thresholds().get(0).share()).isEqualTo(f("2/3"));
      assertThat(o.result()).isEqualTo(Result.PASSED);
      var producer = o.classes().get("producer");
      assertThat(producer.perUnit()).isEqualTo(f("10"));
      assertThat(producer.subtotals()).containsEntry("yes", f("40")).containsEntry("no", f("10"));
      assertThat(o.classes().get("consumer").subtotals())
          .containsEntry("yes", f("50/3"))
          .containsEntry("no", f("70/3"));
      assertThat(o.classes().get("consumer").voterWeight()).containsEntry("member", f("2/3"));
      assertThat(o.classes().get("consumer").figures().turnoutHeads()).isEqualTo(f("1/2"));
    }

    @Test
    void exactlyTwoThirdsFailsMoreThanTwoThirds() {
      Outcome o = count(worked("{\"fraction\": \"2/3\", \"comparison\": \">\"}"));

      assertThat(o.thresholds().get(0).share()).isEqualTo(f("2/3"));
      assertThat(o.result()).isEqualTo(Result.FAILED);
    }

    @Test
    void oneMemberOneVoteGives31Of67AndFailsASimpleMajority() {
      Outcome o = count(document(OMOV, WORKED_ELECTORATE, YES_NO_MAJORITY, "", WORKED_BALLOTS));

      assertThat(o.unit()).isEqualTo(Outcome.VOTES);
      assertThat(o.options().get("yes").weight()).isEqualTo(f("31"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("36"));
      assertThat(o.thresholds().get(0).share()).isEqualTo(f("31/67"));
      assertThat(o.result()).isEqualTo(Result.FAILED);
    }
  }

  @Nested
  class MemberWeight {

    static final String KINDS =
        """
        {"memberWeight": {"rule": "kind-multipliers",
                          "multipliers": {"organisation": "2", "person": "1"}},
         "splitVotes": ["organisation"]}""";

    static final String ONE_CLASS = "{\"classes\": {\"members\": {\"eligible\": \"10\"}}}";

    @Test
    void anOrganisationWeighsTwoAndMaySplitItsVotes() {
      // Organisation A splits 1 yes 1 no, B gives 2 yes, three persons 1 no each:
      // yes 1 + 2 = 3, no 1 + 3 = 4; heads yes 1/2 + 1, no 1/2 + 3.
      Outcome o =
          count(
              document(
                  KINDS,
                  ONE_CLASS,
                  YES_NO_MAJORITY,
                  "",
                  """
                  {"class": "members", "kind": "organisation", "choices": {"yes": "1", "no": "1"}},
                  {"class": "members", "kind": "organisation", "weight": "2",
                   "choices": {"yes": "2"}},
                  {"class": "members", "kind": "person", "choices": {"no": "1"}, "count": "3"}"""));

      assertThat(o.options().get("yes").weight()).isEqualTo(f("3"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("4"));
      assertThat(o.options().get("yes").heads()).isEqualTo(f("3/2"));
      assertThat(o.options().get("no").heads()).isEqualTo(f("7/2"));
      assertThat(o.classes().get("members").voterWeight())
          .containsEntry("organisation", f("2"))
          .containsEntry("person", f("1"));
      assertThat(o.result()).isEqualTo(Result.FAILED);
    }

    @Test
    void aPersonMayNotSplitAndVotesMustAddUpToTheWeight() {
      invalidAt(
          document(
              KINDS,
              ONE_CLASS,
              YES_NO_MAJORITY,
              "",
              "{\"class\": \"members\", \"kind\": \"person\","
                  + " \"choices\": {\"yes\": \"1/2\", \"no\": \"1/2\"}}"),
          "$.ballots[0].choices",
          "may not split");
      invalidAt(
          document(
              KINDS,
              ONE_CLASS,
              YES_NO_MAJORITY,
              "",
              "{\"class\": \"members\", \"kind\": \"organisation\","
                  + " \"choices\": {\"yes\": \"2\", \"no\": \"1\"}}"),
          "$.ballots[0].choices",
          "add up to 3, not the voter's weight 2");
      invalidAt(
          document(
              KINDS,
              ONE_CLASS,
              YES_NO_MAJORITY,
              "",
              "{\"class\": \"members\", \"kind\": \"organisation\", \"weight\": \"1\","
                  + " \"choices\": {\"yes\": \"2\"}}"),
          "$.ballots[0].weight",
          "the scheme gives 2");
      invalidAt(
          document(
              KINDS,
              ONE_CLASS,
              YES_NO_MAJORITY,
              "",
              "{\"class\": \"members\", \"kind\": \"trust\", \"choices\": {\"yes\": \"1\"}}"),
          "$.ballots[0].kind",
          "no multiplier for kind trust");
    }

    static String plural(String capOf, String fourthChoice) {
      return document(
          "{\"memberWeight\": {\"rule\": \"plural-votes\", \"cap\": \"1/3\", \"capOf\": \""
              + capOf
              + "\"}}",
          """
          {"classes": {"members": {"eligible": "4"}},
           "voters": [{"voter": "m1", "class": "members", "rawWeight": "60"},
                      {"voter": "m2", "class": "members", "rawWeight": "25"},
                      {"voter": "m3", "class": "members", "rawWeight": "10"},
                      {"voter": "m4", "class": "members", "rawWeight": "5"}]}""",
          YES_NO_MAJORITY,
          "",
          """
          {"class": "members", "voter": "m1", "rawWeight": "60", "choices": {"yes": "60"}},
          {"class": "members", "voter": "m2", "rawWeight": "25", "choices": {"no": "25"}},
          {"class": "members", "voter": "m3", "rawWeight": "10", "choices": {"yes": "10"}}"""
              + fourthChoice);
    }

    @Test
    void aCapOfOneThirdGives60_25_10_5AThirdAThirdTwoNinthsAndANinth() {
      // Total 100, cap 100/3. 60 is capped; 25, 10, 5 share 200/3 pro rata (× 5/3): 25 → 125/3
      // exceeds, capped; 10 and 5 share 100/3 (× 20/9): 200/9 and 100/9.
      Outcome o =
          count(
              plural(
                  "eligible",
                  ",{\"class\": \"members\", \"voter\": \"m4\", \"rawWeight\": \"5\","
                      + " \"choices\": {\"no\": \"5\"}}"));

      var p = o.pluralWeights();
      assertThat(p.total()).isEqualTo(f("100"));
      assertThat(p.capWeight()).isEqualTo(f("100/3"));
      assertThat(p.scale()).isEqualTo(f("20/9"));
      assertThat(p.capped()).isEqualTo(2);
      assertThat(p.voters())
          .filteredOn(v -> v.voter() != null)
          .extracting(Outcome.VoterWeight::weight)
          .containsExactly(f("100/3"), f("100/3"), f("200/9"), f("100/9"));
      // yes: m1 + m3 = 100/3 + 200/9 = 500/9; no: m2 + m4 = 400/9.
      assertThat(o.options().get("yes").weight()).isEqualTo(f("500/9"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("400/9"));
      assertThat(o.classes().get("members").figures().eligibleWeight()).isEqualTo(f("100"));
      assertThat(o.result()).isEqualTo(Result.PASSED);
    }

    @Test
    void aCapOfTheWeightCastCountsOnlyThoseWhoVoted() {
      // m4 does not vote: cast 95, cap 95/3. 60 capped, scale (95 − 95/3) ÷ 35 = 38/21;
      // 25 × 38/21 = 950/21 exceeds, capped; scale (95 − 190/3) ÷ 10 = 19/6; 10 × 19/6 = 95/3
      // equals the cap and is not capped. Everyone weighs 95/3.
      Outcome o = count(plural("cast", ""));

      assertThat(o.pluralWeights().capWeight()).isEqualTo(f("95/3"));
      assertThat(o.pluralWeights().scale()).isEqualTo(f("19/6"));
      assertThat(o.pluralWeights().capped()).isEqualTo(2);
      assertThat(o.options().get("yes").weight()).isEqualTo(f("190/3"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("95/3"));
    }

    @Test
    void bracketsTurnRawWeightIntoWholeVotes() {
      // From 0: 1 vote, from 100: 2, from 1000: 3. Raw 50, 100, 999, 5000 → 1, 2, 2, 3.
      String scheme =
          """
          {"memberWeight": {"rule": "plural-votes",
             "brackets": [{"from": "0", "votes": "1"}, {"from": "100", "votes": "2"},
                          {"from": "1000", "votes": "3"}]}}""";
      Outcome o =
          count(
              document(
                  scheme,
                  ONE_CLASS,
                  YES_NO_MAJORITY,
                  "",
                  """
                  {"class": "members", "rawWeight": "50", "choices": {"yes": "1"}},
                  {"class": "members", "rawWeight": "100", "choices": {"no": "2"}},
                  {"class": "members", "rawWeight": "999", "choices": {"no": "2"}},
                  {"class": "members", "rawWeight": "5000", "weight": "3",
                   "choices": {"yes": "3"}}"""));

      assertThat(o.options().get("yes").weight()).isEqualTo(f("4"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("4"));
      assertThat(o.result()).isEqualTo(Result.FAILED);
      // Each raw weight's final weight, with the number of ballots at it.
      assertThat(o.pluralWeights().voters())
          .extracting(
              Outcome.VoterWeight::rawWeight,
              Outcome.VoterWeight::weight,
              Outcome.VoterWeight::ballots)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(f("50"), f("1"), 1L),
              org.assertj.core.groups.Tuple.tuple(f("100"), f("2"), 1L),
              org.assertj.core.groups.Tuple.tuple(f("999"), f("2"), 1L),
              org.assertj.core.groups.Tuple.tuple(f("5000"), f("3"), 1L));
      invalidAt(
          document(
              "{\"memberWeight\": {\"rule\": \"plural-votes\","
                  + " \"brackets\": [{\"from\": \"10\", \"votes\": \"1\"}]}}",
              ONE_CLASS,
              YES_NO_MAJORITY,
              "",
              "{\"class\": \"members\", \"rawWeight\": \"5\", \"choices\": {\"yes\": \"1\"}}"),
          "$.ballots[0].rawWeight",
          "below the lowest bracket");
    }
  }

  @Nested
  class ClassShareRules {

    @Test
    void eligibleMembersAsDenominatorLeaveAbsentMembersShareUnused() {
      // Producer 50 of 4 eligible: each 25/2; consumer 50 of 10 eligible: each 5.
      // Yes 2 × 25/2 + 5 × 5 = 50, no 5: 10/11 of votes cast, 1/2 of all eligible (100).
      String scheme =
          """
          {"classShares": {"total": "100", "shares": {"producer": "50", "consumer": "50"},
                           "denominator": "eligible", "belowTurnout": "redistribute"}}""";
      String electorate =
          "{\"classes\": {\"producer\": {\"eligible\": \"4\"}, \"consumer\": {\"eligible\": \"10\"}}}";
      String ballots =
          """
          {"class": "producer", "choices": {"yes": "1"}, "count": "2"},
          {"class": "consumer", "choices": {"yes": "1"}, "count": "5"},
          {"class": "consumer", "choices": {"no": "1"}}""";

      Outcome cast = count(document(scheme, electorate, YES_NO_MAJORITY, "", ballots));
      assertThat(cast.classes().get("producer").perUnit()).isEqualTo(f("25/2"));
      assertThat(cast.options().get("yes").weight()).isEqualTo(f("50"));
      assertThat(cast.options().get("no").weight()).isEqualTo(f("5"));
      assertThat(cast.thresholds().get(0).share()).isEqualTo(f("10/11"));

      String eligibleBase =
          """
          {"kind": "yes-no", "threshold": {"fraction": "1/2", "comparison": "%s",
                                           "base": "eligible"}}""";
      Outcome atLeast =
          count(document(scheme, electorate, eligibleBase.formatted(">="), "", ballots));
      assertThat(atLeast.thresholds().get(0).baseFigure()).isEqualTo(f("100"));
      assertThat(atLeast.result()).isEqualTo(Result.PASSED);
      assertThat(
              count(document(scheme, electorate, eligibleBase.formatted(">"), "", ballots))
                  .result())
          .isEqualTo(Result.FAILED);
    }

    static String belowTurnout(String mode, String base, int bVoters) {
      String scheme =
          """
          {"classShares": {"total": "100", "shares": {"a": "60", "b": "40"},
             "denominator": "votes-cast", "belowTurnout": "%s",
             "minimumTurnout": {"b": {"count": "3"}}}}"""
              .formatted(mode);
      return document(
          scheme,
          "{\"classes\": {\"a\": {\"eligible\": \"10\"}, \"b\": {\"eligible\": \"10\"}}}",
          "{\"kind\": \"yes-no\", \"threshold\": {\"fraction\": \"1/2\", \"comparison\": \">=\","
              + " \"base\": \""
              + base
              + "\"}}",
          "",
          """
          {"class": "a", "choices": {"yes": "1"}, "count": "4"},
          {"class": "a", "choices": {"no": "1"}},
          {"class": "b", "choices": {"no": "1"}, "count": "%d"}"""
              .formatted(bVoters));
    }

    @Test
    void belowItsMinimumTurnoutAClassShareIsRedistributed() {
      // b has 2 voters of the 3 needed: a holds all 100 points, yes 4/5 of them.
      Outcome o = count(belowTurnout("redistribute", "cast-excluding-abstentions", 2));

      assertThat(o.classes().get("a").share()).isEqualTo(f("100"));
      assertThat(o.classes().get("b").shareCounted()).isEqualTo("REDISTRIBUTED");
      assertThat(o.options().get("yes").weight()).isEqualTo(f("80"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("20"));
    }

    @Test
    void belowItsMinimumTurnoutAClassShareCanCountAsAbstention() {
      // a keeps 60: yes 48, no 12; b's 40 abstains. Excluding abstentions yes is 4/5;
      // including them 48/100, short of a half.
      Outcome excluding = count(belowTurnout("abstain", "cast-excluding-abstentions", 2));
      assertThat(excluding.options().get("yes").weight()).isEqualTo(f("48"));
      assertThat(excluding.options().get("abstain").weight()).isEqualTo(f("40"));
      assertThat(excluding.thresholds().get(0).share()).isEqualTo(f("4/5"));
      assertThat(excluding.result()).isEqualTo(Result.PASSED);

      Outcome including = count(belowTurnout("abstain", "cast-including-abstentions", 2));
      assertThat(including.thresholds().get(0).baseFigure()).isEqualTo(f("100"));
      assertThat(including.thresholds().get(0).share()).isEqualTo(f("12/25"));
      assertThat(including.result()).isEqualTo(Result.FAILED);
    }

    @Test
    void atExactlyItsMinimumTurnoutAClassCounts() {
      // b's 3 voters all say no: a 60 × 4/5 = 48 yes, 12 + 40 = 52 no.
      Outcome o = count(belowTurnout("redistribute", "cast-excluding-abstentions", 3));

      assertThat(o.classes().get("b").shareCounted()).isEqualTo("COUNTED");
      assertThat(o.options().get("yes").weight()).isEqualTo(f("48"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("52"));
      assertThat(o.result()).isEqualTo(Result.FAILED);
    }

    @Test
    void aMinimumTurnoutAsAFractionOfTheEligible() {
      String doc =
          belowTurnout("redistribute", "cast-excluding-abstentions", 2)
              .replace("{\"count\": \"3\"}", "{\"fraction\": \"1/5\"}");

      // 2 of 10 is exactly 1/5: b counts, 2 no: yes 48 of 100.
      assertThat(count(doc).classes().get("b").shareCounted()).isEqualTo("COUNTED");
      assertThat(count(doc.replace("1/5", "3/10")).classes().get("b").shareCounted())
          .isEqualTo("REDISTRIBUTED");
    }
  }

  @Nested
  class ClassCaps {

    static String capped(String division) {
      return document(
          "{\"classCaps\": [{\"classes\": [\"investor\"], \"fraction\": \"1/4\", \"division\": \""
              + division
              + "\"}]}",
          "{\"classes\": {\"user\": {\"eligible\": \"10\"}, \"investor\": {\"eligible\": \"5\"}}}",
          YES_NO_MAJORITY,
          "",
          """
          {"class": "user", "choices": {"yes": "1"}, "count": "3"},
          {"class": "investor", "choices": {"no": "1"}, "count": "4"}""");
    }

    @Test
    void aCappedGroupHoldsFOverOneMinusFOfTheOthersSharedByItsVoters() {
      // Investors would hold 4 of 7 > 1/4: their total becomes (1/4 ÷ 3/4) × 3 = 1, each of the
      // four voters 1/4. Yes 3 of 4.
      Outcome o = count(capped("voting"));

      var cap = o.classCaps().get(0);
      assertThat(cap.applied()).isTrue();
      assertThat(cap.uncapped()).isEqualTo(f("4"));
      assertThat(cap.others()).isEqualTo(f("3"));
      assertThat(cap.capped()).isEqualTo(f("1"));
      assertThat(cap.voterWeight()).isEqualTo(f("1/4"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("1"));
      assertThat(o.thresholds().get(0).share()).isEqualTo(f("3/4"));
    }

    @Test
    void dividedAmongRegisteredMembersAbsentInvestorsPartIsLost() {
      // 1 shared by the 5 registered investors: each voter 1/5, no = 4/5.
      Outcome o = count(capped("registered"));

      assertThat(o.classCaps().get(0).voterWeight()).isEqualTo(f("1/5"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("4/5"));
    }

    @Test
    void aClassBelowItsTurnoutGainsNothingFromACap() {
      // Shares user 60, investor 40 (votes cast); investors need 5 voters and have 4: their 40
      // go to the users, who hold all 100 (3 yes). Under the cap investors weigh nothing.
      String doc =
          document(
              "{\"classShares\": {\"total\": \"100\", \"shares\": {\"user\": \"60\", \"investor\": \"40\"},"
                  + " \"denominator\": \"votes-cast\", \"belowTurnout\": \"redistribute\","
                  + " \"minimumTurnout\": {\"investor\": {\"count\": \"5\"}}},"
                  + " \"classCaps\": [{\"classes\": [\"investor\"], \"fraction\": \"1/4\"}]}",
              "{\"classes\": {\"user\": {\"eligible\": \"10\"}, \"investor\": {\"eligible\": \"5\"}}}",
              YES_NO_MAJORITY,
              "",
              """
              {"class": "user", "choices": {"yes": "1"}, "count": "3"},
              {"class": "investor", "choices": {"no": "1"}, "count": "4"}""");

      Outcome o = count(doc);
      assertThat(o.classCaps().get(0).applied()).isFalse();
      assertThat(o.options().get("yes").weight()).isEqualTo(f("100"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("0"));
    }

    @Test
    void abstainersOutsideTheSharesTakeNothingFromTheCap() {
      // Users 60 (4 yes, 6 no): 24 yes, 36 no. Supporters 40 for their one yes voter (9 abstain,
      // carrying no points): 40 > 1/4 of 100, capped to 1/3 × 60 = 20 for that one voter.
      // Yes 44 of 80, as if the abstainers had stayed home.
      String doc =
          document(
              "{\"classShares\": {\"total\": \"100\", \"shares\": {\"user\": \"60\", \"supporter\": \"40\"},"
                  + " \"denominator\": \"votes-cast\", \"belowTurnout\": \"redistribute\"},"
                  + " \"classCaps\": [{\"classes\": [\"supporter\"], \"fraction\": \"1/4\"}]}",
              "{\"classes\": {\"user\": {\"eligible\": \"20\"}, \"supporter\": {\"eligible\": \"20\"}}}",
              YES_NO_MAJORITY,
              "",
              """
              {"class": "user", "choices": {"yes": "1"}, "count": "4"},
              {"class": "user", "choices": {"no": "1"}, "count": "6"},
              {"class": "supporter", "choices": {"yes": "1"}},
              {"class": "supporter", "choices": {"abstain": "1"}, "count": "9"}""");

      Outcome o = count(doc);
      assertThat(o.classCaps().get(0).capped()).isEqualTo(f("20"));
      assertThat(o.classCaps().get(0).voterWeight()).isEqualTo(f("20"));
      assertThat(o.options().get("yes").weight()).isEqualTo(f("44"));
      assertThat(o.thresholds().get(0).share()).isEqualTo(f("11/20"));
      assertThat(o.result()).isEqualTo(Result.PASSED);
    }

    @Test
    void aGroupWithinItsCapIsLeftAlone() {
      String doc = capped("voting").replace("\"count\": \"4\"", "\"count\": \"1\"");

      // 1 of 4 is exactly 1/4: not above it.
      Outcome o = count(doc);
      assertThat(o.classCaps().get(0).applied()).isFalse();
      assertThat(o.options().get("no").weight()).isEqualTo(f("1"));
    }
  }

  @Nested
  class Bases {

    static String presentBase(String fraction, String base) {
      return document(
          OMOV,
          "{\"classes\": {\"members\": {\"eligible\": \"20\"}}}",
          "{\"kind\": \"yes-no\", \"threshold\": {\"fraction\": \""
              + fraction
              + "\", \"comparison\": \">=\", \"base\": \""
              + base
              + "\"}}",
          "\"attendance\": {\"1\": {\"members\": {\"present\": \"8\", \"represented\": \"2\"}}},",
          """
          {"class": "members", "choices": {"yes": "1"}, "count": "6"},
          {"class": "members", "choices": {"no": "1"}, "count": "2"},
          {"class": "members", "choices": {"abstain": "1"}}""");
    }

    @Test
    void eachBaseDividesByItsOwnFigure() {
      // 6 yes, 2 no, 1 abstention, 10 present or represented, 20 eligible.
      assertThat(
              count(presentBase("1/2", "cast-excluding-abstentions")).thresholds().get(0).share())
          .isEqualTo(f("3/4"));
      assertThat(count(presentBase("2/3", "cast-including-abstentions")).thresholds().get(0))
          .returns(f("2/3"), Outcome.ThresholdFigures::share)
          .returns(true, Outcome.ThresholdFigures::met);
      assertThat(count(presentBase("1/2", "present")).thresholds().get(0))
          .returns(f("3/5"), Outcome.ThresholdFigures::share)
          .returns(true, Outcome.ThresholdFigures::met);
      assertThat(count(presentBase("2/3", "present")).result()).isEqualTo(Result.FAILED);
      assertThat(count(presentBase("1/2", "eligible")).thresholds().get(0))
          .returns(f("3/10"), Outcome.ThresholdFigures::share)
          .returns(false, Outcome.ThresholdFigures::met);
    }

    @Test
    void headsCountMembersWhateverTheirWeight() {
      // Two organisations (2 each) for, three persons against: 4 of 7 by weight, 2 of 5 by heads.
      String ballots =
          """
          {"class": "members", "kind": "organisation", "choices": {"yes": "2"}, "count": "2"},
          {"class": "members", "kind": "person", "choices": {"no": "1"}, "count": "3"}""";
      String motion =
          "{\"kind\": \"yes-no\", \"threshold\": {\"fraction\": \"1/2\", \"comparison\": \">\","
              + " \"measure\": \"%s\"}}";

      Outcome weight =
          count(
              document(
                  MemberWeight.KINDS,
                  MemberWeight.ONE_CLASS,
                  motion.formatted("weight"),
                  "",
                  ballots));
      Outcome heads =
          count(
              document(
                  MemberWeight.KINDS,
                  MemberWeight.ONE_CLASS,
                  motion.formatted("heads"),
                  "",
                  ballots));

      assertThat(weight.thresholds().get(0).share()).isEqualTo(f("4/7"));
      assertThat(weight.result()).isEqualTo(Result.PASSED);
      assertThat(heads.thresholds().get(0).share()).isEqualTo(f("2/5"));
      assertThat(heads.result()).isEqualTo(Result.FAILED);
    }

    @Test
    void aDoubleMajorityNeedsTheSameThresholdWithinTheClass() {
      // Overall 6 of 9 for; within b only 1 of 4.
      String doc =
          document(
              OMOV,
              "{\"classes\": {\"a\": {\"eligible\": \"10\"}, \"b\": {\"eligible\": \"10\"}}}",
              "{\"kind\": \"yes-no\", \"threshold\": {\"fraction\": \"1/2\", \"comparison\": \">\"},"
                  + " \"doubleMajority\": [\"b\"]}",
              "",
              """
              {"class": "a", "choices": {"yes": "1"}, "count": "5"},
              {"class": "b", "choices": {"yes": "1"}},
              {"class": "b", "choices": {"no": "1"}, "count": "3"}""");

      Outcome o = count(doc);
      var t = o.thresholds().get(0);
      assertThat(t.share()).isEqualTo(f("2/3"));
      assertThat(t.doubleMajority().get(0).share()).isEqualTo(f("1/4"));
      assertThat(t.doubleMajority().get(0).met()).isFalse();
      assertThat(o.result()).isEqualTo(Result.FAILED);
      assertThat(count(doc.replace("[\"b\"]", "[\"a\"]")).result()).isEqualTo(Result.PASSED);
    }
  }

  @Nested
  class Quorum {

    static String quorum(String call, String attendance) {
      return document(
          OMOV,
          "{\"classes\": {\"a\": {\"eligible\": \"12\"}, \"b\": {\"eligible\": \"8\"}}}",
          """
          {"kind": "yes-no", "threshold": {"fraction": "1/2", "comparison": ">"}, "call": "%s",
           "quorum": {"1": {"measure": "heads", "fraction": "1/2", "comparison": ">="},
                      "2": {"measure": "heads", "count": "5", "comparison": ">="}}}"""
              .formatted(call),
          "\"attendance\": " + attendance + ",",
          "{\"class\": \"a\", \"choices\": {\"yes\": \"1\"}, \"count\": \"4\"}");
    }

    static final String NINE_ATTEND =
        """
        {"1": {"a": {"present": "6", "represented": "1"}, "b": {"present": "2"}},
         "2": {"a": {"present": "4"}, "b": {"present": "1"}}}""";

    @Test
    void atTheFirstCallHalfTheEligibleMustAttend() {
      // 9 of 20 attend at the first call: below 10.
      Outcome o = count(quorum("1", NINE_ATTEND));

      assertThat(o.result()).isEqualTo(Result.NO_QUORUM);
      var check = o.quorum().checks().get(0);
      assertThat(check.attending()).isEqualTo(f("9"));
      assertThat(check.required()).isEqualTo(f("10"));
      assertThat(check.met()).isFalse();
      assertThat(
              count(
                      quorum(
                          "1",
                          NINE_ATTEND.replace("\"represented\": \"1\"", "\"represented\": \"2\"")))
                  .result())
          .isEqualTo(Result.PASSED);
    }

    @Test
    void atTheSecondCallFiveMembersAreEnough() {
      Outcome o = count(quorum("2", NINE_ATTEND));

      assertThat(o.quorum().call()).isEqualTo(2);
      assertThat(o.quorum().met()).isTrue();
      assertThat(o.result()).isEqualTo(Result.PASSED);
    }

    @Test
    void fractionAndNumberCombineWithOrAndWithAnd() {
      String rule =
          """
          {"kind": "yes-no", "threshold": {"fraction": "1/2", "comparison": ">"},
           "quorum": {"1": {"measure": "heads", "fraction": "1/2", "count": "9",
                            "combine": "%s", "comparison": ">="}}}""";
      String attendance =
          "\"attendance\": {\"1\": {\"a\": {\"present\": \"7\"}, \"b\": {\"present\": \"2\"}}},";
      String electorate =
          "{\"classes\": {\"a\": {\"eligible\": \"12\"}, \"b\": {\"eligible\": \"8\"}}}";
      String ballots = "{\"class\": \"a\", \"choices\": {\"yes\": \"1\"}}";

      // 9 attend: the number (9) is met, half the eligible (10) is not.
      assertThat(
              count(document(OMOV, electorate, rule.formatted("or"), attendance, ballots)).result())
          .isEqualTo(Result.PASSED);
      assertThat(
              count(document(OMOV, electorate, rule.formatted("and"), attendance, ballots))
                  .result())
          .isEqualTo(Result.NO_QUORUM);
    }

    @Test
    void aPerClassQuorumNeedsEveryClass() {
      String motion =
          """
          {"kind": "yes-no", "threshold": {"fraction": "1/2", "comparison": ">"},
           "quorum": {"1": {"measure": "weight", "fraction": "1/4", "scope": "per-class",
                            "comparison": ">"}}}""";
      String electorate =
          "{\"classes\": {\"a\": {\"eligible\": \"12\"}, \"b\": {\"eligible\": \"8\"}}}";
      String ballots = "{\"class\": \"a\", \"choices\": {\"yes\": \"1\"}}";

      // a: 6 of 12 > 3; b: 2 of 8 is not more than 2.
      Outcome o =
          count(
              document(
                  OMOV,
                  electorate,
                  motion,
                  "\"attendance\": {\"1\": {\"a\": {\"present\": \"6\"}, \"b\": {\"present\": \"2\"}}},",
                  ballots));
      assertThat(o.quorum().checks())
          .extracting(Outcome.QuorumCheck::scope, Outcome.QuorumCheck::met)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("a", true),
              org.assertj.core.groups.Tuple.tuple("b", false));
      assertThat(o.result()).isEqualTo(Result.NO_QUORUM);
    }
  }

  @Nested
  class Proxies {

    static String proxies(boolean overrides, String more) {
      return document(
          OMOV,
          "{\"classes\": {\"members\": {\"eligible\": \"10\"}}}",
          YES_NO_MAJORITY,
          """
          "settings": {"maxPrincipals": "2", "principalOverrides": %s, "changingVotes": false},
          "delegations": [{"principal": "p1", "holder": "h"}, {"principal": "p2", "holder": "h"}%s],
          """
              .formatted(overrides, more),
          """
          {"receipt": "r1", "class": "members", "voter": "h", "choices": {"yes": "1"}},
          {"receipt": "r2", "class": "members", "voter": "p1", "castBy": "h", "choices": {"yes": "1"}},
          {"receipt": "r3", "class": "members", "voter": "p2", "castBy": "h", "choices": {"no": "1"}},
          {"receipt": "r4", "class": "members", "voter": "p1", "choices": {"no": "1"}}""");
    }

    @Test
    void aPrincipalsOwnBallotReplacesTheHoldersWhenTheSettingSaysSo() {
      // h yes; p1's own no replaces h's yes for p1; p2 no through h: yes 1, no 2.
      Outcome o = count(proxies(true, ""));

      assertThat(o.options().get("yes").weight()).isEqualTo(f("1"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("2"));
      assertThat(o.setAside())
          .singleElement()
          .returns("r2", Outcome.SetAside::receipt)
          .returns("p1", Outcome.SetAside::voter);
    }

    @Test
    void otherwiseTheHoldersBallotCounts() {
      // h yes, h for p1 yes, h for p2 no: yes 2, no 1; p1's own ballot is set aside.
      Outcome o = count(proxies(false, ""));

      assertThat(o.options().get("yes").weight()).isEqualTo(f("2"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("1"));
      assertThat(o.setAside()).singleElement().returns("r4", Outcome.SetAside::receipt);
    }

    @Test
    void aThirdPrincipalChainsAndBallotsWithoutAProxyAreInvalid() {
      invalidAt(
          proxies(true, ", {\"principal\": \"p3\", \"holder\": \"h\"}"),
          "$.delegations[2].holder",
          "the most allowed is 2");
      invalidAt(
          proxies(true, ", {\"principal\": \"h\", \"holder\": \"x\"}"),
          "$.delegations[0].holder",
          "no chains");
      invalidAt(
          proxies(true, "")
              .replace(
                  "\"castBy\": \"h\", \"choices\": {\"no\"",
                  "\"castBy\": \"x\", \"choices\": {\"no\""),
          "$.ballots[2].castBy",
          "x holds no proxy for p2");
    }

    @Test
    void whenVotesMayChangeTheLastBallotCounts() {
      String ballots =
          """
          {"receipt": "r1", "class": "members", "voter": "v", "sequence": "7", "choices": {"no": "1"}},
          {"receipt": "r2", "class": "members", "voter": "v", "sequence": "3", "choices": {"yes": "1"}}""";
      String electorate = "{\"classes\": {\"members\": {\"eligible\": \"10\"}}}";

      Outcome o =
          count(
              document(
                  OMOV,
                  electorate,
                  YES_NO_MAJORITY,
                  "\"settings\": {\"changingVotes\": true},",
                  ballots));
      assertThat(o.options().get("no").weight()).isEqualTo(f("1"));
      assertThat(o.options().get("yes").weight()).isEqualTo(f("0"));
      assertThat(o.setAside()).singleElement().returns("r2", Outcome.SetAside::receipt);

      invalidAt(
          document(
              OMOV,
              electorate,
              YES_NO_MAJORITY,
              "\"settings\": {\"changingVotes\": false},",
              ballots),
          "$.ballots[1]",
          "may not be changed");
    }
  }

  @Nested
  class Elections {

    static String election(String extraB) {
      return document(
          OMOV,
          "{\"classes\": {\"members\": {\"eligible\": \"20\"}}}",
          "{\"kind\": \"multiple-choice\", \"options\": [\"ana\", \"bo\", \"cai\", \"dee\"],"
              + " \"seats\": \"2\"}",
          "",
          """
          {"class": "members", "choices": {"ana": "1", "bo": "1"}, "count": "3"},
          {"class": "members", "choices": {"ana": "1", "cai": "1"}, "count": "2"},
          {"class": "members", "choices": {"cai": "1", "dee": "1"}}"""
              + extraB);
    }

    @Test
    void theTopSeatsAreElectedAndATieForTheLastIsReportedNotBroken() {
      // ana 5, bo 3, cai 3, dee 1: ana elected, bo and cai tie for the second seat.
      Outcome o = count(election(""));

      assertThat(o.result()).isEqualTo(Result.TIED);
      assertThat(o.elected()).containsExactly("ana");
      assertThat(o.tied()).containsExactly("bo", "cai");
    }

    @Test
    void withoutATieTheSeatsAreFilled() {
      Outcome o = count(election(",{\"class\": \"members\", \"choices\": {\"bo\": \"1\"}}"));

      assertThat(o.result()).isEqualTo(Result.ELECTED);
      assertThat(o.elected()).containsExactly("ana", "bo");
      assertThat(o.options().get("bo").weight()).isEqualTo(f("4"));
    }

    @Test
    void aSingleChoiceNeedsItsThreshold() {
      String motion =
          "{\"kind\": \"single-choice\", \"options\": [\"x\", \"y\", \"z\"],"
              + " \"threshold\": {\"fraction\": \"%s\", \"comparison\": \">\"}}";
      String ballots =
          """
          {"class": "members", "choices": {"x": "1"}, "count": "4"},
          {"class": "members", "choices": {"y": "1"}, "count": "3"},
          {"class": "members", "choices": {"z": "1"}, "count": "2"}""";
      String electorate = "{\"classes\": {\"members\": {\"eligible\": \"20\"}}}";

      // x has 4 of 9: not a majority, but more than a third.
      assertThat(count(document(OMOV, electorate, motion.formatted("1/2"), "", ballots)).result())
          .isEqualTo(Result.FAILED);
      Outcome third = count(document(OMOV, electorate, motion.formatted("1/3"), "", ballots));
      assertThat(third.result()).isEqualTo(Result.ELECTED);
      assertThat(third.elected()).containsExactly("x");
    }

    @Test
    void seatsGoByWeightEvenWhenTheThresholdCountsHeads() {
      // An organisation (3 votes) for A, two persons for B: A has more weight, B more heads.
      Outcome o =
          count(
              document(
                  MemberWeight.KINDS.replace("\"2\"", "\"3\""),
                  MemberWeight.ONE_CLASS,
                  "{\"kind\": \"multiple-choice\", \"options\": [\"A\", \"B\"], \"seats\": \"1\","
                      + " \"threshold\": {\"fraction\": \"0\", \"comparison\": \">\", \"measure\": \"heads\"}}",
                  "",
                  """
                  {"class": "members", "kind": "organisation", "choices": {"A": "3"}},
                  {"class": "members", "kind": "person", "choices": {"B": "1"}, "count": "2"}"""));

      assertThat(o.result()).isEqualTo(Result.ELECTED);
      assertThat(o.elected()).containsExactly("A");
    }

    @Test
    void aSingleChoiceTakesTheTopOptionOnlyIfItMeetsTheThreshold() {
      // A 6, B 4 overall; within y, A has 1 of 4, short of a third: A fails, and B is not
      // chosen in its place.
      Outcome o =
          count(
              document(
                  OMOV,
                  "{\"classes\": {\"x\": {\"eligible\": \"10\"}, \"y\": {\"eligible\": \"10\"}}}",
                  "{\"kind\": \"single-choice\", \"options\": [\"A\", \"B\"],"
                      + " \"threshold\": {\"fraction\": \"1/3\", \"comparison\": \">=\"},"
                      + " \"doubleMajority\": [\"y\"]}",
                  "",
                  """
                  {"class": "x", "choices": {"A": "1"}, "count": "5"},
                  {"class": "x", "choices": {"B": "1"}},
                  {"class": "y", "choices": {"A": "1"}},
                  {"class": "y", "choices": {"B": "1"}, "count": "3"}"""));

      assertThat(o.result()).isEqualTo(Result.FAILED);
      assertThat(o.elected()).isEmpty();
    }

    @Test
    void aVoterChoosesNoMoreOptionsThanSeats() {
      invalidAt(
          election(
              ",{\"class\": \"members\", \"choices\": {\"ana\": \"1\", \"bo\": \"1\", \"dee\": \"1\"}}"),
          "$.ballots[3].choices",
          "more options chosen than the 2 seats");
    }
  }

  @Nested
  class MergedEntries {

    @Test
    void mergedEntriesCountAsWrittenAndTheRecountSaysWhatItCouldNotCheck() {
      // Merged: 3 ballots, 2 yes 1 no; plus 2 separate yes ballots: yes 4, no 1.
      Outcome o =
          count(
              document(
                  OMOV,
                  "{\"classes\": {\"members\": {\"eligible\": \"10\"}}}",
                  YES_NO_MAJORITY,
                  "\"merged\": [{\"class\": \"members\", \"ballots\": \"3\","
                      + " \"weight\": {\"yes\": \"2\", \"no\": \"1\"},"
                      + " \"heads\": {\"yes\": \"2\", \"no\": \"1\"}}],",
                  "{\"class\": \"members\", \"choices\": {\"yes\": \"1\"}, \"count\": \"2\"}"));

      assertThat(o.options().get("yes").weight()).isEqualTo(f("4"));
      assertThat(o.options().get("no").weight()).isEqualTo(f("1"));
      assertThat(o.overall().castHeads()).isEqualTo(5);
      assertThat(o.checksNotMade()).isNotEmpty();
    }
  }

  @Nested
  class InvalidDocuments {

    @Test
    void sharesOutsideTheirBoundsNameTheClass() {
      String scheme =
          WORKED_SCHEME.replace(
              "\"denominator\"",
              "\"bounds\": {\"producer\": {\"min\": \"1/10\", \"max\": \"2/5\"}}, \"denominator\"");
      invalidAt(
          document(scheme, WORKED_ELECTORATE, YES_NO_MAJORITY, "", WORKED_BALLOTS),
          "$.scheme.classShares.shares.producer",
          "outside its bounds 1/10 to 2/5");
    }

    @Test
    void sharesMustSumToTheTotal() {
      invalidAt(
          document(
              WORKED_SCHEME.replace("\"10\"}", "\"11\"}"),
              WORKED_ELECTORATE,
              YES_NO_MAJORITY,
              "",
              WORKED_BALLOTS),
          "$.scheme.classShares.shares",
          "sum to 101, not the total 100");
    }

    @Test
    void formatAndFieldsAreStrict() {
      String ok = document(OMOV, WORKED_ELECTORATE, YES_NO_MAJORITY, "", WORKED_BALLOTS);
      invalidAt(ok.replace("spokes-tally/1", "spokes-tally/9"), "$.format", "spokes-tally/1");
      invalidAt(ok.replace("\"threshold\"", "\"threshhold\""), "$.motion.threshhold", "unknown");
      invalidAt(
          ok.replace("{\"yes\": \"1\"}, \"count\": \"4\"", "{\"yes\": 0.5}, \"count\": \"4\""),
          "$.ballots[0].choices.yes",
          "exact number");
      invalidAt(
          ok.replace("{\"yes\": \"1\"}, \"count\": \"4\"", "{\"maybe\": \"1\"}, \"count\": \"4\""),
          "$.ballots[0].choices.maybe",
          "no option maybe");
      invalidAt(ok.replace("\"04ab\"", "\"9f2c\""), "$.ballots[5].receipt", "earlier ballot");
      invalidAt(ok.replace("\"count\": \"35\"", "\"count\": \"96\""), "$.ballots", "120 eligible");
      invalidAt(
          ok.replace("\"class\": \"producer\"", "\"class\": \"workers\""),
          "$.ballots[0].class",
          "no class");
      invalidAt("{\"format\": ", "$", "not JSON");
      invalidAt(
          ok.replace("\"scheme\": {},", "\"scheme\": {}, \"scheme\": {},"), "$.scheme", "twice");
      invalidAt(
          ok.replace("\"comparison\": \">\"", "\"comparison\": \">\", \"comparison\": \">\""),
          "$.motion.threshold.comparison",
          "twice");
      invalidAt(
          ok.replace("\"count\": \"35\"", "\"count\": \"3.5e1\""),
          "$.ballots[3].count",
          "not an exact number");
      invalidAt(
          ok.replace(
              "\"kind\": \"yes-no\"",
              "\"kind\": \"single-choice\", \"options\": [\"yes\", \"yes\"]"),
          "$.motion.options",
          "named once each");
    }

    @Test
    void missingFiguresAreNamedNotGuessed() {
      String plural =
          document(
              "{\"memberWeight\": {\"rule\": \"plural-votes\", \"cap\": \"1/2\", \"capOf\": \"eligible\"}}",
              "{\"classes\": {\"m\": {\"eligible\": \"2\"}},"
                  + " \"voters\": [{\"voter\": \"a\", \"class\": \"m\", \"rawWeight\": \"3\"},"
                  + " {\"voter\": \"b\", \"class\": \"m\"}]}",
              YES_NO_MAJORITY,
              "",
              "");
      invalidAt(plural, "$.electorate.voters[1].rawWeight", "raw weight");

      String byWeight =
          document(
              MemberWeight.KINDS,
              MemberWeight.ONE_CLASS,
              "{\"kind\": \"yes-no\", \"threshold\": {\"fraction\": \"1/2\"},"
                  + " \"quorum\": {\"1\": {\"measure\": \"weight\", \"count\": \"3\"}}}",
              "\"attendance\": {\"1\": {\"members\": {\"present\": \"4\"}}},",
              "{\"class\": \"members\", \"kind\": \"person\", \"choices\": {\"yes\": \"1\"}}");
      invalidAt(byWeight, "$.attendance.1.members.presentWeight", "write it");
      assertThat(
              count(
                      byWeight.replace(
                          "{\"present\": \"4\"}", "{\"present\": \"4\", \"presentWeight\": \"5\"}"))
                  .quorum()
                  .checks()
                  .get(0)
                  .attending())
          .isEqualTo(f("5"));
    }

    @Test
    void fractionsAndCountsStayInRange() {
      String ok = document(OMOV, WORKED_ELECTORATE, YES_NO_MAJORITY, "", WORKED_BALLOTS);
      invalidAt(ok.replace("\"1/2\"", "\"-1/2\""), "$.motion.threshold.fraction", "from 0 to 1");
      invalidAt(ok.replace("\"1/2\"", "null"), "$.motion.threshold.fraction", "exact number");
      invalidAt(
          ok.replace(
              "\"kind\": \"yes-no\"",
              "\"kind\": \"multiple-choice\", \"options\": [\"a\", \"b\"], \"seats\": \"4294967297\""),
          "$.motion.seats",
          "too large");
      String huge =
          "{\"class\": \"producer\", \"choices\": {\"%s\": \"1\"}, \"count\": \"4611686018427387903\"}";
      invalidAt(
          document(
              OMOV,
              WORKED_ELECTORATE,
              YES_NO_MAJORITY,
              "",
              String.join(
                  ",", huge.formatted("yes"), huge.formatted("no"), huge.formatted("abstain"))),
          "$.ballots",
          "more ballots than can be counted");
    }

    @Test
    void whatIfChecksTheSchemeLikeACount() {
      var input =
          TallyDocuments.read(
                  document(
                      WORKED_SCHEME.replace("\"10\"}", "\"50\"}"),
                      WORKED_ELECTORATE,
                      YES_NO_MAJORITY,
                      "",
                      ""))
              .input();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  WhatIf.at(input.scheme(), input.electorate(), input.motion(), java.util.Map.of()))
          .isInstanceOf(InvalidTallyException.class)
          .hasMessageContaining("$.scheme.classShares.shares");
    }

    @Test
    void negativeFiguresExponentsAndTheFirstWrongChoice() {
      String ok = document(OMOV, WORKED_ELECTORATE, YES_NO_MAJORITY, "", WORKED_BALLOTS);
      invalidAt(
          ok.replace("\"eligible\": \"6\"", "\"eligible\": 6e0"),
          "$.electorate.classes.producer.eligible",
          "exact number");
      invalidAt(
          ok.replace("\"eligible\": \"6\"}", "\"eligible\": \"6\", \"weight\": \"-6\"}"),
          "$.electorate.classes.producer.weight",
          "negative");
      invalidAt(
          ok.replace(
              "{\"yes\": \"1\"}, \"count\": \"4\"",
              "{\"maybe\": \"1\", \"perhaps\": \"1\", \"other\": \"1\"}, \"count\": \"4\""),
          "$.ballots[0].choices.maybe",
          "no option maybe");
      invalidAt(
          document(
              OMOV,
              "{\"classes\": {\"members\": {\"eligible\": \"10\"}}}",
              YES_NO_MAJORITY,
              "\"merged\": [{\"class\": \"members\", \"ballots\": \"1\","
                  + " \"weight\": {\"yes\": \"3\", \"no\": \"-2\"}, \"heads\": {\"yes\": \"1\"}}],",
              ""),
          "$.merged[0].weight.no",
          "negative");
    }

    @Test
    void mergedEntriesMustAddUp() {
      String merged =
          document(
              OMOV,
              "{\"classes\": {\"members\": {\"eligible\": \"10\"}}}",
              YES_NO_MAJORITY,
              "\"merged\": [{\"class\": \"members\", \"ballots\": \"3\","
                  + " \"weight\": {\"yes\": \"2\", \"no\": \"1\"}, \"heads\": {\"yes\": \"2\"}}],",
              "");
      invalidAt(merged, "$.merged[0].heads", "not the 3 ballots");
    }
  }

  @Nested
  class Published {

    @Test
    void aPublishedOutcomeIsComparedFigureByFigure() {
      String base = worked("{\"fraction\": \"2/3\", \"comparison\": \">=\"}");
      String published =
          base.replace(
              "\"ballots\"",
              "\"outcome\": {\"result\": \"PASSED\", \"options\": {\"yes\": {\"weight\": \"%s\"}},"
                  + " \"thresholds\": [{\"share\": \"4/6\"}]}, \"ballots\"");

      var ok = TallyDocuments.read(published.formatted("200/3"));
      var recount = OutcomeJson.write(Tally.count(ok.input()));
      assertThat(OutcomeJson.differences(ok.outcome(), recount)).isEmpty();

      var wrong = TallyDocuments.read(published.formatted("67"));
      assertThat(OutcomeJson.differences(wrong.outcome(), recount))
          .containsExactly("$.outcome.options.yes.weight: published 67, recount 200/3");
    }
  }

  @Nested
  class WhatIfTurnouts {

    @Test
    void eachClassVoterWeightAtChosenTurnouts() {
      // Producers at 1/2 (3 voters): 50/3 each; consumers at 1/4 (30): 4/3; individuals in full
      // (4): 5/2.
      var input = TallyDocuments.read(worked("{\"fraction\": \"1/2\"}")).input();
      var w =
          WhatIf.at(
              input.scheme(),
              input.electorate(),
              input.motion(),
              java.util.Map.of("producer", f("1/2"), "consumer", f("1/4")));

      assertThat(w.get("producer").voterWeight()).containsEntry("member", f("50/3"));
      assertThat(w.get("consumer").voterWeight()).containsEntry("member", f("4/3"));
      assertThat(w.get("consumer").voters()).isEqualTo(f("30"));
      assertThat(w.get("individual").voterWeight()).containsEntry("member", f("5/2"));
    }
  }
}
