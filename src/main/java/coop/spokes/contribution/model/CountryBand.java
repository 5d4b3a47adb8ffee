package coop.spokes.contribution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The solidarity band of a country (ISO 3166-1), shipped with Spokes and edited by admins. */
@Entity
@Table(name = "contribution_country_band")
public class CountryBand {
  @Id
  @Column(name = "country", length = 2)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(name = "band", nullable = false, length = 1)
  private Band band;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private Long updatedBy;

  protected CountryBand() {}

  public CountryBand(String country, Band band) {
    this.country = country;
    this.band = band;
  }

  public void change(Band to, long by, OffsetDateTime now) {
    band = to;
    updatedBy = by;
    updatedAt = now;
  }

  public String getCountry() {
    return country;
  }

  public Band getBand() {
    return band;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
