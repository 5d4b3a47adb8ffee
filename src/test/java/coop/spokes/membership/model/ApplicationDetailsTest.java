package coop.spokes.membership.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The join form's field rules, each failure named at its field. */
class ApplicationDetailsTest {

  static ApplicationDetails with(
      MemberClass c, MemberKind k, String name, String email, String country, String lang) {
    return new ApplicationDetails(c, k, name, email, country, lang, null, null, null);
  }

  static String fieldOf(Runnable r) {
    try {
      r.run();
    } catch (MembershipException e) {
      return e.field();
    }
    return null;
  }

  @Test
  void custodianClassIsNotOpenToApplicants() {
    assertThat(
            fieldOf(
                () ->
                    with(MemberClass.CUSTODIAN, MemberKind.PERSON, "A", "a@b.org", "ES", "en")
                        .checked()))
        .isEqualTo("memberClass");
  }

  @Test
  void eachBadFieldIsNamed() {
    assertThat(
            fieldOf(() -> with(MemberClass.CONSUMER, null, "A", "a@b.org", "ES", "en").checked()))
        .isEqualTo("kind");
    assertThat(
            fieldOf(
                () ->
                    with(MemberClass.CONSUMER, MemberKind.PERSON, " ", "a@b.org", "ES", "en")
                        .checked()))
        .isEqualTo("personName");
    assertThat(
            fieldOf(
                () ->
                    with(
                            MemberClass.CONSUMER,
                            MemberKind.PERSON,
                            "x".repeat(201),
                            "a@b.org",
                            "ES",
                            "en")
                        .checked()))
        .isEqualTo("personName");
    assertThat(
            fieldOf(
                () ->
                    with(MemberClass.CONSUMER, MemberKind.PERSON, "A", "not-an-address", "ES", "en")
                        .checked()))
        .isEqualTo("email");
    assertThat(
            fieldOf(
                () ->
                    with(MemberClass.CONSUMER, MemberKind.PERSON, "A", "a@b.org", "XX", "en")
                        .checked()))
        .isEqualTo("residenceCountry");
    assertThat(
            fieldOf(
                () ->
                    with(MemberClass.CONSUMER, MemberKind.PERSON, "A", "a@b.org", "ES", "de")
                        .checked()))
        .isEqualTo("language");
  }

  @Test
  void organisationNeedsItsLegalNameRegistrationNumberAndCountry() {
    ApplicationDetails noName =
        new ApplicationDetails(
            MemberClass.PRODUCER,
            MemberKind.ORGANISATION,
            "Pau",
            "p@x.org",
            "ES",
            "ca",
            null,
            "G123",
            "ES");
    ApplicationDetails noNumber =
        new ApplicationDetails(
            MemberClass.PRODUCER,
            MemberKind.ORGANISATION,
            "Pau",
            "p@x.org",
            "ES",
            "ca",
            "Associació",
            "",
            "ES");
    ApplicationDetails badCountry =
        new ApplicationDetails(
            MemberClass.PRODUCER,
            MemberKind.ORGANISATION,
            "Pau",
            "p@x.org",
            "ES",
            "ca",
            "Associació",
            "G1",
            "Catalonia");

    assertThat(fieldOf(noName::checked)).isEqualTo("orgLegalName");
    assertThat(fieldOf(noNumber::checked)).isEqualTo("orgRegistrationNumber");
    assertThat(fieldOf(badCountry::checked)).isEqualTo("orgCountry");
  }

  @Test
  void organisationIsListedUnderItsLegalNameAndAPersonUnderTheirName() {
    ApplicationDetails org =
        new ApplicationDetails(
                MemberClass.PRODUCER,
                MemberKind.ORGANISATION,
                "Pau",
                "p@x.org",
                "es",
                "ca",
                " Associació Veïnal ",
                "G123",
                "es")
            .checked();
    ApplicationDetails person =
        with(MemberClass.INDIVIDUAL, MemberKind.PERSON, "Pau", "p@x.org", "ES", "ca").checked();

    assertThat(org.memberName()).isEqualTo("Associació Veïnal");
    assertThat(org.orgCountry()).isEqualTo("ES");
    assertThat(person.memberName()).isEqualTo("Pau");
    assertThat(person.orgLegalName()).isNull();
  }

  @Test
  void htmlInANameIsKeptAsTextNotRejected() {
    ApplicationDetails d =
        with(MemberClass.CONSUMER, MemberKind.PERSON, "<b>Bold</b>", "a@b.org", "ES", "en")
            .checked();

    assertThat(d.personName()).isEqualTo("<b>Bold</b>");
  }

  @Test
  void aNameIsKeptOnOneLineWithoutControlCharacters() {
    ApplicationDetails d =
        with(
                MemberClass.CONSUMER,
                MemberKind.PERSON,
                " Eve\r\nhttps://evil.example\n\u202E\tAdams ",
                "a@b.org",
                "ES",
                "en")
            .checked();

    assertThat(d.personName()).isEqualTo("Eve https://evil.example Adams");
  }

  @Test
  void aNameOfLineBreaksOnlyIsRefusedAtItsField() {
    assertThat(
            fieldOf(
                () ->
                    with(MemberClass.CONSUMER, MemberKind.PERSON, "\r\n\t", "a@b.org", "ES", "en")
                        .checked()))
        .isEqualTo("personName");
  }
}
