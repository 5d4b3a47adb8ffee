package coop.spokes.contribution.infra;

import coop.spokes.contribution.model.Band;
import coop.spokes.contribution.model.ContributionSettings;
import coop.spokes.contribution.model.CountryBand;
import coop.spokes.contribution.model.DeclaredBand;
import coop.spokes.contribution.model.FiscalCalendar;
import coop.spokes.contribution.model.Suggestion;
import coop.spokes.contribution.model.YearTerms;
import coop.spokes.contribution.model.YearTermsId;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Settings, yearly rates, suggested contributions and solidarity bands. */
@ApplicationScoped
public class ScheduleRepository {
  @PersistenceContext EntityManager em;

  /** A custodian's settings, created with the defaults when it has none yet. */
  public ContributionSettings settings(long custodianId) {
    ContributionSettings s = em.find(ContributionSettings.class, custodianId);
    if (s == null) {
      s = new ContributionSettings(custodianId);
      em.persist(s);
    }
    return s;
  }

  /** A custodian's settings if it has saved any. */
  public Optional<ContributionSettings> findSettings(long custodianId) {
    return Optional.ofNullable(em.find(ContributionSettings.class, custodianId));
  }

  /** A custodian's fiscal calendar: its settings', or January when it never set one. */
  public FiscalCalendar calendar(long custodianId) {
    return findSettings(custodianId)
        .map(ContributionSettings::calendar)
        .orElse(new FiscalCalendar(1));
  }

  public Optional<YearTerms> findYear(long custodianId, int year) {
    return Optional.ofNullable(em.find(YearTerms.class, new YearTermsId(custodianId, year)));
  }

  /** A custodian's rates for a year, created (at zero) when missing. */
  public YearTerms year(long custodianId, int year) {
    return findYear(custodianId, year)
        .orElseGet(
            () -> {
              YearTerms t = new YearTerms(custodianId, year);
              em.persist(t);
              return t;
            });
  }

  public List<Suggestion> suggestions(long custodianId, int year) {
    return em.createQuery(
            "select s from Suggestion s where s.custodianId = :c and s.fiscalYear = :y"
                + " order by s.memberClass, s.kind, s.band",
            Suggestion.class)
        .setParameter("c", custodianId)
        .setParameter("y", year)
        .getResultList();
  }

  public Optional<Suggestion> suggestion(
      long custodianId, int year, String memberClass, String kind, Band band) {
    return em.createQuery(
            "select s from Suggestion s where s.custodianId = :c and s.fiscalYear = :y"
                + " and s.memberClass = :mc and s.kind = :k and s.band = :b",
            Suggestion.class)
        .setParameter("c", custodianId)
        .setParameter("y", year)
        .setParameter("mc", memberClass)
        .setParameter("k", kind)
        .setParameter("b", band)
        .getResultStream()
        .findFirst();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public Optional<CountryBand> countryBand(String country) {
    return Optional.ofNullable(em.find(CountryBand.class, country));
  }

  /** Every country band, for lookups in bulk (about 250 rows). */
  public List<CountryBand> countryBands() {
    return em.createQuery("select b from CountryBand b", CountryBand.class).getResultList();
  }

  /** A page of country bands by code, optionally only those of one band. */
  public PageResult<CountryBand> countryBands(Band band, PageRequest page) {
    String where = band == null ? "" : " where b.band = :band";
    var q =
        em.createQuery(
            "select b from CountryBand b" + where + " order by b.country", CountryBand.class);
    var count = em.createQuery("select count(b) from CountryBand b" + where, Long.class);
    if (band != null) {
      q.setParameter("band", band);
      count.setParameter("band", band);
    }
    return new PageResult<>(
        q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  public Optional<DeclaredBand> declaredBand(long memberId) {
    return Optional.ofNullable(em.find(DeclaredBand.class, memberId));
  }

  /** Declared bands of the given members (for bulk standing). */
  public List<DeclaredBand> declaredBands(java.util.Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select d from DeclaredBand d where d.memberId in :ids", DeclaredBand.class)
        .setParameter("ids", memberIds)
        .getResultList();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }
}
