package coop.spokes.membership.service;

import coop.spokes.membership.model.ImportField;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A spreadsheet read for an import: its name, header cells, data rows (row 1 is the header, so
 * {@code rows.get(0)} is spreadsheet row 2) and the column each field was guessed to be in.
 */
public record ImportFile(
    String name,
    List<String> headers,
    List<List<String>> rows,
    Map<ImportField, Integer> guessedMapping)
    implements Serializable {}
