package coop.spokes.contribution.model;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link YearTerms}: custodian and fiscal year. */
public class YearTermsId implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long custodianId;
  private Integer fiscalYear;

  public YearTermsId() {}

  public YearTermsId(long custodianId, int fiscalYear) {
    this.custodianId = custodianId;
    this.fiscalYear = fiscalYear;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearTermsId k
        && Objects.equals(custodianId, k.custodianId)
        && Objects.equals(fiscalYear, k.fiscalYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(custodianId, fiscalYear);
  }
}
