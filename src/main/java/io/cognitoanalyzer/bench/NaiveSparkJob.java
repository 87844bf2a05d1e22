package io.cognitoanalyzer.bench;

import static io.cognitoanalyzer.table.Columns.EVENT_DATE;
import static io.cognitoanalyzer.table.Columns.EVENT_ID;
import static io.cognitoanalyzer.table.Columns.EVENT_RESPONSE;
import static io.cognitoanalyzer.table.Columns.EVENT_TIME;
import static io.cognitoanalyzer.table.Columns.USER_POOL_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.timestamp_millis;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The baseline a data engineer writes first: {@code spark.read().json(dir)} with schema inference,
 * flatten {@code message.*} into snake_case columns, keep one row per (user_pool_id, event_id) with
 * a {@code row_number()} window (a terminal response over InProgress, then the latest
 * eventTimestamp), and write Parquet partitioned by pool and UTC date.
 *
 * <p>Deliberately untuned: schema inference reads the whole input once more, and Spark's defaults
 * (shuffle partitions, AQE) stay as they are. It deduplicates and picks the final state, but
 * normalizes nothing and quarantines nothing.
 *
 * <p>Usage: {@code NaiveSparkJob <input dir> <output dir>}; exit code 0 on success, 1 on failure,
 * 2 on bad arguments.
 */
public final class NaiveSparkJob {
  /** Top-level field of the native record holding the event, as a string of epoch millis. */
  static final String EVENT_TIMESTAMP = "event_timestamp";

  private static final String MESSAGE = "message";
  private static final String IN_PROGRESS = "InProgress";
  private static final String RANK = "rn";

  private NaiveSparkJob() {}

  public static void main(String[] args) {
    BaselineMain.main("NaiveSparkJob", args, NaiveSparkJob::run);
  }

  static void run(String input, String output) {
    SparkSession spark =
        SparkSession.builder()
            .appName("naive-spark-bench")
            .master("local[*]")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    try {
      transform(read(spark, input))
          .write()
          .partitionBy(USER_POOL_ID, EVENT_DATE)
          .mode(SaveMode.Overwrite)
          .parquet(output);
    } finally {
      spark.stop();
    }
  }

  /** Every file under {@code input}, read as JSON lines with the schema Spark infers. */
  static Dataset<Row> read(SparkSession spark, String input) {
    return spark.read().option("recursiveFileLookup", "true").json(input);
  }

  /**
   * One row per (user_pool_id, event_id): the top-level scalars and every {@code message} field
   * in snake_case, plus {@code event_time} and {@code event_date} (UTC). A record whose
   * eventTimestamp is not a number gets null for both and loses to any timed record.
   */
  static Dataset<Row> transform(Dataset<Row> raw) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : raw.schema().fields()) {
      if (field.name().equals(MESSAGE) && field.dataType() instanceof StructType message) {
        for (String name : message.fieldNames()) {
          columns.add(col(MESSAGE + "." + name).as(SnakeCase.of(name)));
        }
      } else if (!(field.dataType() instanceof StructType)) {
        columns.add(col(field.name()).as(SnakeCase.of(field.name())));
      }
    }
    Column terminalFirst = when(col(EVENT_RESPONSE).equalTo(lit(IN_PROGRESS)), lit(0)).otherwise(lit(1));
    return raw.select(columns.toArray(Column[]::new))
        .withColumn(EVENT_TIME, timestamp_millis(expr("try_cast(`" + EVENT_TIMESTAMP + "` AS BIGINT)")))
        .withColumn(EVENT_DATE, to_date(col(EVENT_TIME)))
        .withColumn(
            RANK,
            row_number()
                .over(
                    Window.partitionBy(col(USER_POOL_ID), col(EVENT_ID))
                        .orderBy(terminalFirst.desc(), col(EVENT_TIME).desc_nulls_last())))
        .where(col(RANK).equalTo(1))
        .drop(RANK);
  }
}
