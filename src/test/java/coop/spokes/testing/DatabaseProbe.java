package coop.spokes.testing;

import coop.spokes.platform.persistence.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Test-only resource (deployed with the WAR by {@link SpokesIT}, never shipped): which tables hold
 * a row with a given text in any column, read with plain JDBC over every table of the schema as a
 * database reader would (the secret-ballot tests look for receipts and ballots everywhere, the
 * outbox and the audit log included).
 */
@ApplicationScoped
@Path("test-probe/database")
public class DatabaseProbe {
  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  /** One line per row holding {@code text} (case-insensitive): its table's name. */
  @GET
  @Path("find")
  @Produces(MediaType.TEXT_PLAIN)
  public String find(@QueryParam("text") String text) throws SQLException {
    String wanted = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet t = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (t.next()) {
          String schema = t.getString("TABLE_SCHEM");
          if (schema != null && (schema.equalsIgnoreCase("public"))) {
            tables.add(t.getString("TABLE_NAME"));
          }
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("select * from " + table)) {
          ResultSetMetaData meta = r.getMetaData();
          while (r.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object v = r.getObject(i);
              String value =
                  v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(v);
              if (value.toLowerCase(Locale.ROOT).contains(wanted)) {
                out.append(table.toLowerCase(Locale.ROOT)).append('\n');
                break;
              }
            }
          }
        }
      }
    }
    return out.toString();
  }
}
