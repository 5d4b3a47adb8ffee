package coop.spokes.membership.service;

import java.io.Serializable;
import java.util.List;

/** What an import would do, line by line, with the counts; it may run only when none is INVALID. */
public record ImportPreview(
    List<ImportLine> lines, int newCount, int existingCount, int invalidCount)
    implements Serializable {
  public boolean canImport() {
    return invalidCount == 0 && newCount > 0;
  }
}
