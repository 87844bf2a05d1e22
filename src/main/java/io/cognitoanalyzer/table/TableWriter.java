package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
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

  public static void writePartitioned(Dataset<Row> rows, Path location) {
    rows.write()
        .mode(SaveMode.Overwrite)
        .partitionBy(TableSchemas.ACTIVITY_PARTITIONING.toArray(String[]::new))
        .parquet(location.toString());
  }

  /** Writes {@code quarantine/ingest_run=<runId>/}; the partition directory carries the column. */
  public static void writeQuarantine(Dataset<Row> decodedQuarantine, Path table, String runId) {
    Column[] columns =
        Arrays.stream(TableSchemas.without(TableSchemas.QUARANTINE, INGEST_RUN).fieldNames())
            .map(c -> col(c))
            .toArray(Column[]::new);
    Path location = new Path(new Path(table, TableSchemas.QUARANTINE_TABLE), INGEST_RUN + "=" + runId);
    decodedQuarantine.select(columns).coalesce(1).write().mode(SaveMode.Overwrite).parquet(location.toString());
  }
}
