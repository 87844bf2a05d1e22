package io.cognitoanalyzer.report;

import java.util.List;

/**
 * A table as the page shows it: already formatted cells, at most a page's worth of rows, and a
 * note saying what was left out and where the rest is.
 *
 * @param columns header cells
 * @param rows formatted cells, one list per row
 * @param note shown under the table, or null
 */
record HtmlTable(List<String> columns, List<List<String>> rows, String note) {
  HtmlTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
