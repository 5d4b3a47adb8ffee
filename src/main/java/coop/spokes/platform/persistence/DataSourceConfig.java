package coop.spokes.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source, configured from MicroProfile Config (environment variables
 * such as {@code SPOKES_DB_URL} override the demo defaults). Payara logs an early "no value found"
 * warning for these properties during deployment; the pool still gets the configured values. The
 * pool survives a database restart: see the validation properties below ({@code
 * DatabaseRestartIT}).
 */
@DataSourceDefinition(
    name = DataSourceConfig.JNDI_NAME,
    className = "${MPCONFIG=spokes.db.driver}",
    url = "${MPCONFIG=spokes.db.url}",
    user = "${MPCONFIG=spokes.db.user}",
    password = "${MPCONFIG=spokes.db.password}",
    minPoolSize = 1,
    maxPoolSize = 20,
    properties = {
      // Each connection is checked with a round trip (a query that reads no table) before it is
      // handed out, and the first dead one drops the whole pool: after PostgreSQL restarts (or
      // ends every connection) the next request gets fresh connections at once instead of
      // stalling on dead ones. "meta-data" validation answered from the driver's cache and caught
      // nothing; "custom-validation" with Payara's JDBC 4 class looked the class up through the
      // application's class loader on every check, failing twice before finding it in the
      // server's (a tenth of the server's time when casting ballots). The pool runs "select
      // count(*) from" the table name: a derived table valid on PostgreSQL and H2, there before
      // any migration has run.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=table",
      "fish.payara.validation-table-name=(select 1) alive",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class DataSourceConfig {
  public static final String JNDI_NAME = "java:app/jdbc/spokes";
}
