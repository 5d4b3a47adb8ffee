package coop.spokes.platform.health;

import coop.spokes.platform.persistence.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code GET /api/health}: whether Spokes can serve, for load balancers and the run command's ready
 * message. 200 with {@code status UP} when the database answers, 503 with {@code DOWN} otherwise;
 * {@code schemaVersion} is the last applied migration. Public, and says nothing more. One instance
 * serves every probe: the data source is looked up once, not per request (Payara's lookup is
 * synchronized, and a request-scoped resource held probes in line behind it under load).
 */
@Path("health")
@ApplicationScoped
public class HealthResource {
  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    Map<String, Object> body = new LinkedHashMap<>();
    String version = null;
    boolean database;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select version from flyway_schema_history where success = true and version is not null"
                    + " order by installed_rank desc")) {
      if (rs.next()) {
        version = rs.getString(1);
      }
      database = true;
    } catch (SQLException e) {
      database = false;
    }
    body.put("status", database ? "UP" : "DOWN");
    body.put("database", database);
    body.put("schemaVersion", version);
    return Response.status(database ? 200 : 503).entity(body).build();
  }
}
