package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.EVENT_DATE;
import static io.cognitoanalyzer.table.Columns.USER_POOL_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.cognitoanalyzer.config.DateWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reads user_activity and user_notification back with their declared schemas. The date window
 * and pool list become filters on the partition columns, so Spark lists and reads only the
 * partitions in range.
 */
public final class TableReader {
  private final SparkSession spark;
  private final String table;

  public TableReader(SparkSession spark, String table) {
    this.spark = spark;
    this.table = table.replaceAll("/+$", "");
  }

  /**
   * Fails when the location holds neither user_activity nor user_notification: a mistyped
   * {@code --table} must not produce empty reports and succeed.
   */
  public void requireTable() {
    Path activity = new Path(table + "/" + TableSchemas.USER_ACTIVITY_TABLE);
    Path notification = new Path(table + "/" + TableSchemas.USER_NOTIFICATION_TABLE);
    if (!exists(activity) && !exists(notification)) {
      throw new IllegalStateException(
          "no table at --table " + table + ": neither " + activity + " nor " + notification
              + " exists; check the location, or run ingest first");
    }
  }

  public Dataset<Row> activity(DateWindow window, Set<String> pools) {
    return read(TableSchemas.USER_ACTIVITY_TABLE, TableSchemas.USER_ACTIVITY, window, pools);
  }

  public Dataset<Row> notifications(DateWindow window, Set<String> pools) {
    return read(TableSchemas.USER_NOTIFICATION_TABLE, TableSchemas.USER_NOTIFICATION, window, pools);
  }

  /**
   * A missing folder reads as an empty table: ingest writes user_notification only when there
   * are notifications, and a fresh table may hold no activity yet.
   */
  private Dataset<Row> read(String name, StructType schema, DateWindow window, Set<String> pools) {
    Path path = new Path(table + "/" + name);
    if (!exists(path)) {
      return spark.createDataFrame(java.util.List.of(), schema);
    }
    Dataset<Row> rows = spark.read().schema(schema).parquet(path.toString());
    return rows.where(partitionFilter(window, pools));
  }

  /** The window and pools as a predicate on the partition columns only. */
  public static Column partitionFilter(DateWindow window, Set<String> pools) {
    Column keep = lit(true);
    if (window.from() != null) {
      keep = keep.and(col(EVENT_DATE).geq(lit(window.from())));
    }
    if (window.to() != null) {
      keep = keep.and(col(EVENT_DATE).leq(lit(window.to())));
    }
    if (!pools.isEmpty()) {
      keep = keep.and(col(USER_POOL_ID).isin(pools.stream().sorted().toArray()));
    }
    return keep;
  }

  private boolean exists(Path path) {
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check table folder " + path + ": " + e.getMessage(), e);
    }
  }
}
