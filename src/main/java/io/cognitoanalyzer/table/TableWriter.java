package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the tables. user_activity and user_notification are partitioned by user_pool_id and
 * event_date and written with dynamic partition overwrite (set on the session by {@code
 * SparkSessions}): a run replaces exactly the partitions it produces rows for and leaves the others
 * alone. The quarantine is a log per run, {@code quarantine/ingest_run=<run_id>/}.
 */
public final class TableWriter {
  private TableWriter() {}

  /**
   * Columns whose values are (nearly) unique per row. Parquet's dictionary encoding cannot compress
   * them and building the dictionary before giving up cost about a tenth of the ingest's CPU.
   */
  static final List<String> HIGH_CARDINALITY =
      List.of(EVENT_ID, REQUEST_ID, USER_SUB, USER_NAME, IP_ADDRESS, EVENT_TIME, RECORD_KEY, DETAILS);

  public static void writePartitioned(Dataset<Row> rows, Path location) {
    DataFrameWriter<Row> writer = rows.write();
    for (String column : HIGH_CARDINALITY) {
      if (List.of(rows.columns()).contains(column)) {
        writer = writer.option("parquet.enable.dictionary#" + column, "false");
      }
    }
    writer
        .mode(SaveMode.Overwrite)
        .partitionBy(TableSchemas.ACTIVITY_PARTITIONING.toArray(String[]::new))
        .parquet(location.toString());
  }

  /** Writes a run's quarantine with no rows: one empty file, as Spark would, without a query. */
  static void writeEmptyQuarantine(Configuration conf, Path table, String runId, String sparkVersion) throws IOException {
    Path file = new Path(quarantineRun(table, runId), "part-00000-" + runId + ".c000.parquet");
    EmptyParquetFile.write(file, TableSchemas.without(TableSchemas.QUARANTINE, INGEST_RUN), conf, sparkVersion);
  }

  private static Path quarantineRun(Path table, String runId) {
    return new Path(new Path(table, TableSchemas.QUARANTINE_TABLE), INGEST_RUN + "=" + runId);
  }

  /** Writes {@code quarantine/ingest_run=<runId>/}; the partition directory carries the column. */
  public static void writeQuarantine(Dataset<Row> decodedQuarantine, Path table, String runId) {
    Column[] columns =
        Arrays.stream(TableSchemas.without(TableSchemas.QUARANTINE, INGEST_RUN).fieldNames())
            .map(c -> col(c))
            .toArray(Column[]::new);
    Path location = quarantineRun(table, runId);
    decodedQuarantine.select(columns).coalesce(1).write().mode(SaveMode.Overwrite).parquet(location.toString());
  }
}
