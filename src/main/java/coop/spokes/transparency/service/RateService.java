package coop.spokes.transparency.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.platform.csv.CsvText;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import coop.spokes.transparency.infra.ExpenseRepository;
import coop.spokes.transparency.infra.LedgerRepository;
import coop.spokes.transparency.model.ClosedMonths;
import coop.spokes.transparency.model.ExchangeRate;
import coop.spokes.transparency.model.TransparencyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Exchange rates to the reporting currency, one per currency and month, that consolidated reports
 * convert with. Treasurers of all custodians enter them or import a CSV of reference rates
 * (previewed line by line, then committed all or nothing; importing the same file again changes
 * nothing); every treasurer may read them. A closed month's rates no longer change.
 */
@ApplicationScoped
@Transactional
public class RateService {
  /** The most lines a rates file may have. */
  public static final int MAX_LINES = 5000;

  @Inject Access access;
  @Inject LedgerRepository ledger;
  @Inject ExpenseRepository expenses;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** The currency consolidated reports are in. Open to visitors (the public page names it). */
  public String reportingCurrency() {
    access.permitPublic();
    return expenses.settings().getReportingCurrency();
  }

  /** The calendar year today (UTC) falls in. Requires the TREASURER role. */
  public int currentYear() {
    access.requireRole(Role.TREASURER);
    return YearMonth.now(clock.withZone(java.time.ZoneOffset.UTC)).getYear();
  }

  /** Whether the caller may set and import rates (a treasurer of all custodians). */
  public boolean mayChange() {
    access.requireSignedIn();
    return access.hasAny(TransparencyGrants.TREASURER_OF_ALL);
  }

  /** The rates of the months in [{@code from}, {@code to}]. Requires the TREASURER role. */
  public List<RateRow> rates(YearMonth from, YearMonth to) {
    access.requireRole(Role.TREASURER);
    ClosedMonths closed = new ClosedMonths(ledger.closedMonths());
    return ledger.rates(from, to).stream()
        .map(
            r ->
                new RateRow(
                    r.getCurrency(),
                    r.getMonth(),
                    r.getRate(),
                    r.getSource(),
                    r.getEnteredAt(),
                    closed.isClosed(r.getMonth())))
        .toList();
  }

  /**
   * Sets the rate of {@code currency} in {@code month}. Requires TREASURER of all custodians.
   *
   * @throws TransparencyException {@code transparency.rate.currency} at {@code currency}, {@code
   *     transparency.rate.month} and {@code transparency.rate.closed} at {@code month}, those of
   *     {@link ExchangeRate#set}
   */
  public RateRow set(String currency, YearMonth month, BigDecimal rate, String source) {
    access.requireAny(TransparencyGrants.TREASURER_OF_ALL);
    String code =
        currency(currency)
            .orElseThrow(() -> new TransparencyException("currency", "transparency.rate.currency"));
    if (month == null) {
      throw new TransparencyException("month", "transparency.rate.month");
    }
    if (new ClosedMonths(ledger.closedMonths()).isClosed(month)) {
      throw new TransparencyException("month", "transparency.rate.closed");
    }
    ExchangeRate r = put(code, month, rate, source, OffsetDateTime.now(clock));
    audit.record(
        ExpenseService.STREAM,
        "rate.set",
        "rate",
        code + "/" + month,
        Map.of("rate", r.getRate().toPlainString()),
        null);
    return new RateRow(code, month, r.getRate(), r.getSource(), r.getEnteredAt(), false);
  }

  /**
   * What importing {@code content} would do, line by line, changing nothing. The file has a header
   * row with columns {@code currency}, {@code month} (YYYY-MM) and either {@code rate} (units of
   * the reporting currency per unit) or {@code inverse_rate} (units per unit of the reporting
   * currency, as reference rates are often published), and optionally {@code source}; commas or
   * semicolons separate the cells. Requires TREASURER of all custodians.
   *
   * @throws TransparencyException {@code transparency.rates.file} at {@code file}
   */
  public List<RateLine> preview(byte[] content) {
    access.requireAny(TransparencyGrants.TREASURER_OF_ALL);
    return read(content);
  }

  /**
   * Imports {@code content}: every line, or none when one cannot be taken. Requires TREASURER of
   * all custodians.
   *
   * @return how many rates were added or changed
   * @throws TransparencyException {@code transparency.rates.file} at {@code file}, {@code
   *     transparency.rates.errors} when a line has an error
   */
  public int commit(byte[] content) {
    access.requireAny(TransparencyGrants.TREASURER_OF_ALL);
    List<RateLine> lines = read(content);
    if (lines.stream().anyMatch(l -> l.outcome() == RateLine.Outcome.ERROR)) {
      throw new TransparencyException(null, "transparency.rates.errors");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    int changed = 0;
    for (RateLine l : lines) {
      if (l.outcome() != RateLine.Outcome.UNCHANGED) {
        put(l.currency(), l.month(), l.rate(), l.source(), now);
        changed++;
      }
    }
    audit.record(
        ExpenseService.STREAM,
        "rates.imported",
        "rates",
        "import",
        Map.of("lines", Integer.toString(lines.size()), "changed", Integer.toString(changed)),
        null);
    return changed;
  }

  private ExchangeRate put(
      String currency, YearMonth month, BigDecimal rate, String source, OffsetDateTime now) {
    long me = access.requireUserId();
    Optional<ExchangeRate> existing = ledger.rate(currency, month);
    if (existing.isPresent()) {
      existing.get().set(rate, source, me, now);
      return existing.get();
    }
    ExchangeRate r = new ExchangeRate(currency, month, rate, source, me, now);
    ledger.add(r);
    return r;
  }

  private List<RateLine> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new TransparencyException("file", "transparency.rates.file");
    }
    String text = CsvText.decode(content);
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
    String reporting = expenses.settings().getReportingCurrency();
    ClosedMonths closed = new ClosedMonths(ledger.closedMonths());
    List<RateLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CSVParser parser = CsvText.headed(delimiter).parse(new StringReader(text))) {
      Map<String, Integer> header = parser.getHeaderMap();
      boolean inverse = header.containsKey("inverse_rate") && !header.containsKey("rate");
      if (!header.containsKey("currency")
          || !header.containsKey("month")
          || !(header.containsKey("rate") || inverse)) {
        throw new TransparencyException("file", "transparency.rates.file");
      }
      for (CSVRecord record : parser) {
        if (lines.size() >= MAX_LINES) {
          throw new TransparencyException("file", "transparency.rates.tooMany", MAX_LINES);
        }
        lines.add(line(record, inverse, delimiter, reporting, closed, seen));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new TransparencyException("file", "transparency.rates.file");
    }
    return lines;
  }

  private RateLine line(
      CSVRecord record,
      boolean inverse,
      char delimiter,
      String reporting,
      ClosedMonths closed,
      Set<String> seen) {
    long no = record.getRecordNumber() + 1;
    String currencyCell = cell(record, "currency");
    String monthCell = cell(record, "month");
    String rateCell = cell(record, inverse ? "inverse_rate" : "rate");
    String source = cell(record, "source");
    Optional<String> currency = currency(currencyCell);
    if (currency.isEmpty() || currency.get().equals(reporting)) {
      return error(no, currencyCell, null, null, source, "transparency.rates.line.currency");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(monthCell);
    } catch (DateTimeParseException e) {
      return error(no, currency.get(), null, null, source, "transparency.rates.line.month");
    }
    BigDecimal rate;
    try {
      rate = new BigDecimal(delimiter == ';' ? rateCell.replace(',', '.') : rateCell);
      if (rate.signum() <= 0) {
        throw new NumberFormatException();
      }
      if (inverse) {
        rate = BigDecimal.ONE.divide(rate, new MathContext(12)).setScale(8, RoundingMode.HALF_EVEN);
      }
      rate = rate.stripTrailingZeros();
      if (rate.scale() > 8 || rate.compareTo(ExchangeRate.MAX) > 0 || rate.signum() <= 0) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      return error(no, currency.get(), month, null, source, "transparency.rates.line.rate");
    }
    if (!seen.add(currency.get() + month)) {
      return error(no, currency.get(), month, rate, source, "transparency.rates.line.twice");
    }
    BigDecimal value = rate;
    Optional<ExchangeRate> existing = ledger.rate(currency.get(), month);
    boolean same = existing.filter(r -> r.getRate().compareTo(value) == 0).isPresent();
    if (!same && closed.isClosed(month)) {
      return error(no, currency.get(), month, rate, source, "transparency.rates.line.closed");
    }
    return new RateLine(
        no,
        currency.get(),
        month,
        rate,
        source,
        same
            ? RateLine.Outcome.UNCHANGED
            : existing.isPresent() ? RateLine.Outcome.CHANGED : RateLine.Outcome.NEW,
        null);
  }

  private static RateLine error(
      long no, String currency, YearMonth month, BigDecimal rate, String source, String key) {
    return new RateLine(no, currency, month, rate, source, RateLine.Outcome.ERROR, key);
  }

  private static String cell(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
  }

  private static Optional<String> currency(String code) {
    if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
