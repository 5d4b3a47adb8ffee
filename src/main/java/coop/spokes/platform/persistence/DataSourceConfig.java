package coop.spokes.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source, configured from MicroProfile Config (environment variables
 * such as {@code SPOKES_DB_URL} override the demo defaults). Payara logs an early "no value found"
 * warning for these properties during deployment; the pool still gets the configured values.
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
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
@ApplicationScoped
public class DataSourceConfig {
  public static final String JNDI_NAME = "java:app/jdbc/spokes";
}
