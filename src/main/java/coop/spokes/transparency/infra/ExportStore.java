package coop.spokes.transparency.infra;

import coop.spokes.platform.persistence.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * The files of report exports, in their rows' {@code content}: written from a finished file and
 * read into a response as streams, through JDBC, so no whole file passes through the persistence
 * context.
 */
@ApplicationScoped
public class ExportStore {
  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  /** Stores {@code file} as export {@code id}'s content and marks it done. */
  public void store(long id, Path file, OffsetDateTime now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update transparency_export set content = ?, size_bytes = ?, state = 'DONE',"
                    + " done_lines = total_lines, finished_at = ?, version = version + 1"
                    + " where id = ?");
        InputStream in = Files.newInputStream(file)) {
      long size = Files.size(file);
      s.setBinaryStream(1, in, size);
      s.setLong(2, size);
      s.setObject(3, now);
      s.setLong(4, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store export " + id, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies export {@code id}'s content to {@code out}; false when it has none. */
  public boolean copy(long id, OutputStream out) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select content from transparency_export where id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return false;
        }
        try (InputStream in = r.getBinaryStream(1)) {
          if (in == null) {
            return false;
          }
          in.transferTo(out);
          return true;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read export " + id, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
