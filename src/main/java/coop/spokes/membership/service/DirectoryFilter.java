package coop.spokes.membership.service;

import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import java.io.Serializable;

/**
 * The directory's filters; any may be null. {@code custodianId} null means every custodian (for
 * admins only). {@code name} matches anywhere in the name, ignoring case and accents; {@code
 * number} matches the start of the member number.
 */
public record DirectoryFilter(
    Long custodianId,
    String name,
    String number,
    MemberClass memberClass,
    MemberKind kind,
    MemberStatus status,
    String country)
    implements Serializable {

  public static DirectoryFilter ofCustodian(Long custodianId) {
    return new DirectoryFilter(custodianId, null, null, null, null, null, null);
  }
}
