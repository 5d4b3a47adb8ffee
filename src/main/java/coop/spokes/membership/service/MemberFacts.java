package coop.spokes.membership.service;

import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A member as other contexts see it (contributions, assemblies): class, kind and status as codes,
 * the custodian they belong to now, and the account of a person member (null for organisations).
 */
public record MemberFacts(
    long id,
    long custodianId,
    String memberNumber,
    String displayName,
    String memberClass,
    String kind,
    String status,
    String country,
    String email,
    String language,
    LocalDate joinedOn,
    LocalDate custodianSince,
    Long accountId)
    implements Serializable {
  /** The class codes, in order (PRODUCER, CONSUMER, INDIVIDUAL, CUSTODIAN). */
  public static final List<String> CLASSES =
      Arrays.stream(MemberClass.values()).map(Enum::name).toList();

  /** The kind codes (PERSON, ORGANISATION). */
  public static final List<String> KINDS =
      Arrays.stream(MemberKind.values()).map(Enum::name).toList();
}
