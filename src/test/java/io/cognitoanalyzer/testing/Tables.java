package io.cognitoanalyzer.testing;

import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.IngestConfig;
import io.cognitoanalyzer.table.IngestJob;
import io.cognitoanalyzer.table.RunManifest;
import io.cognitoanalyzer.table.TableSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs ingest in the shared session and reads tables back. */
public final class Tables {
  private Tables() {}

  public static RunManifest ingest(String input, String table) {
    return ingest(new IngestConfig(List.of(input), table, DateWindow.ALL, Set.of()));
  }

  public static RunManifest ingest(IngestConfig config) {
    try {
      return new IngestJob(SharedSpark.get(), line -> {}, Clock.systemUTC()).run(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Dataset<Row> activity(String table) {
    return read(table + "/" + TableSchemas.USER_ACTIVITY_TABLE);
  }

  public static Dataset<Row> notifications(String table) {
    return read(table + "/" + TableSchemas.USER_NOTIFICATION_TABLE);
  }

  public static Dataset<Row> quarantine(String table) {
    return read(table + "/" + TableSchemas.QUARANTINE_TABLE);
  }

  /** Reads as an analyst would: no schema given, partition columns discovered from the paths. */
  public static Dataset<Row> read(String location) {
    SparkSession spark = SharedSpark.get();
    return spark.read().parquet(location);
  }

  /** Every row as a string, sorted: compares tables without regard to order. */
  public static List<String> sortedRows(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
