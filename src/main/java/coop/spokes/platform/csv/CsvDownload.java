package coop.spokes.platform.csv;

import java.io.OutputStream;

/**
 * A CSV document ready to stream, returned by a service after it checked access: the caller (a REST
 * resource) writes it to the response, so a refusal is a clean 403 before any byte is sent.
 */
@FunctionalInterface
public interface CsvDownload {
  void writeTo(OutputStream out);
}
