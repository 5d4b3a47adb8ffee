package coop.spokes.membership.model;

import java.util.List;

/**
 * A value an import of existing members reads from a spreadsheet column. Required fields must be
 * mapped to a column; the others have defaults (a number is given when none is, a person by
 * default, the custodian's language, ACTIVE). {@link #aliases} are the header names (in lower case,
 * in the four languages) that map a column automatically.
 */
public enum ImportField {
  NUMBER(
      false,
      List.of(
          "number",
          "member number",
          "member_number",
          "número",
          "numero",
          "número de socio",
          "número de soci",
          "numéro",
          "numéro de membre",
          "nº")),
  NAME(true, List.of("name", "full name", "nombre", "nom", "nom complet", "display_name")),
  EMAIL(
      true,
      List.of(
          "email",
          "e-mail",
          "mail",
          "correo",
          "correu",
          "courriel",
          "correo electrónico",
          "correu electrònic",
          "adreça electrònica",
          "adresse électronique",
          "adresse e-mail")),
  MEMBER_CLASS(
      true,
      List.of("class", "member class", "member_class", "clase", "classe", "tipo de socio", "type")),
  KIND(false, List.of("kind", "person or organisation", "tipo", "tipus", "nature")),
  COUNTRY(true, List.of("country", "país", "pais", "pays")),
  LANGUAGE(false, List.of("language", "idioma", "llengua", "langue", "lang")),
  JOINED_ON(
      true,
      List.of(
          "joined",
          "joined on",
          "joined_on",
          "member since",
          "alta",
          "fecha de alta",
          "data d’alta",
          "date d’adhésion",
          "adhésion")),
  STATUS(false, List.of("status", "estado", "estat", "statut")),
  LEFT_ON(
      false,
      List.of(
          "left",
          "left on",
          "left_on",
          "baja",
          "fecha de baja",
          "data de baixa",
          "baixa",
          "date de départ")),
  REGISTRATION_NUMBER(
      false,
      List.of(
          "registration number",
          "registration_number",
          "nif",
          "cif",
          "company number",
          "neq",
          "número de registro",
          "número de registre",
          "numéro d’entreprise")),
  REPRESENTATIVE_EMAIL(
      false,
      List.of(
          "representative email",
          "representative_email",
          "representative",
          "representante",
          "representant",
          "représentant",
          "représentante"));

  private final boolean required;
  private final List<String> aliases;

  ImportField(boolean required, List<String> aliases) {
    this.required = required;
    this.aliases = aliases;
  }

  public boolean isRequired() {
    return required;
  }

  /** Whether a column headed {@code header} holds this field (case, accents and spaces aside). */
  public boolean matches(String header) {
    String h =
        Member.sortKey(header == null ? "" : header).replace('\'', '’').replaceAll("\\s+", " ");
    return name().toLowerCase(java.util.Locale.ROOT).equals(h.replace(' ', '_'))
        || aliases.stream().anyMatch(a -> Member.sortKey(a).equals(h));
  }
}
