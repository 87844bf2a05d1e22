package io.cognitoanalyzer.config;

import java.util.Set;

/**
 * Everything a report run needs, validated when built.
 *
 * @param table the table's root location, as written by ingest
 * @param out where the reports go: one Parquet folder and one CSV file per report, and index.html
 * @param window the event dates to report on; only those partitions are read
 * @param pools the user pools to report on; empty reports on all
 */
public record ReportConfig(String table, String out, DateWindow window, Set<String> pools) {

  public ReportConfig {
    if (table == null || table.isBlank()) {
      throw new IllegalArgumentException("--table must name a location, got '" + table + "'");
    }
    if (out == null || out.isBlank()) {
      throw new IllegalArgumentException("--out must name a location, got '" + out + "'");
    }
    if (stripSlashes(out).equals(stripSlashes(table))) {
      throw new IllegalArgumentException(
          "--out must differ from --table, got " + out + " for both: reports would overwrite the table's folders");
    }
    window = window == null ? DateWindow.ALL : window;
    pools = PoolIds.validated(pools);
  }

  private static String stripSlashes(String location) {
    return location.replaceAll("/+$", "");
  }
}
