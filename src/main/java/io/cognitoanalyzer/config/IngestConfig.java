package io.cognitoanalyzer.config;

import java.util.List;
import java.util.Set;

/**
 * Everything an ingest run needs, validated when built.
 *
 * @param inputs archive locations (s3a://, s3://, file: or plain paths), at least one
 * @param table the table's root location
 * @param window the event dates to keep
 * @param pools the user pools to keep; empty keeps all
 */
public record IngestConfig(List<String> inputs, String table, DateWindow window, Set<String> pools) {

  public IngestConfig {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("--input needs at least one location, got none");
    }
    for (String input : inputs) {
      if (input == null || input.isBlank()) {
        throw new IllegalArgumentException("--input has an empty location in " + inputs);
      }
    }
    if (table == null || table.isBlank()) {
      throw new IllegalArgumentException("--table must name a location, got '" + table + "'");
    }
    inputs = List.copyOf(inputs);
    window = window == null ? DateWindow.ALL : window;
    pools = PoolIds.validated(pools);
  }

  public boolean keepsPool(String pool) {
    return pools.isEmpty() || pools.contains(pool);
  }
}
