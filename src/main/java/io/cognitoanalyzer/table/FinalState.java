package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Folds the records of each (user_pool_id, event_id) into the event's final state. Pure
 * Dataset-to-Dataset transforms; no I/O.
 */
public final class FinalState {
  private FinalState() {}

  /** Observed by {@link #fold}: raw activity records in. */
  public static final String RECORDS = "records";

  /** Observed by {@link #fold}: events out, one per (user_pool_id, event_id). */
  public static final String EVENTS = "events";

  /** Observed by {@link #fold}: records identical to another record of their event. */
  public static final String EXACT_DUPLICATES = "duplicates";

  /** Internal: the row's rank within its group; 1 is the winner. */
  static final String RANK = "_rank";

  /** Internal: 1 when the row repeats the content of the row before it in its group. */
  static final String REPEAT = "_repeat";

  /**
   * The order that decides the winner: a terminal response (Pass/Fail) over InProgress, then the
   * latest event_time, then the content hash and the lowest (source_object, record_offset), so that
   * the same archive always yields the same row. Identical records sort next to each other, because
   * they agree on everything before the content hash.
   */
  static Column[] winnerOrder() {
    return new Column[] {
      col(TERMINAL).desc_nulls_last(),
      col(EVENT_TIME).desc_nulls_last(),
      col(CONTENT_HASH).asc_nulls_last(),
      col(SOURCE_OBJECT).asc_nulls_last(),
      col(RECORD_OFFSET).asc_nulls_last()
    };
  }

  /**
   * One row per (user_pool_id, event_id): the winning record's columns plus record_count (raw
   * records folded into it). One shuffle by pool and event id, one sort, and window functions over
   * each small group; plain SQL, so Spark generates the code for all of it.
   *
   * @param activity decoded activity rows with at least the columns of {@code FOLD_INPUT}
   * @param partitions shuffle partitions
   * @param stats receives {@link #RECORDS}, {@link #EVENTS} and {@link #EXACT_DUPLICATES}; the
   *     states folded are records - events - duplicates
   */
  public static Dataset<Row> fold(Dataset<Row> activity, int partitions, Observation stats) {
    WindowSpec group = Window.partitionBy(col(USER_POOL_ID), col(EVENT_ID));
    WindowSpec ordered = group.orderBy(winnerOrder());
    return activity
        .repartition(partitions, col(USER_POOL_ID), col(EVENT_ID))
        .withColumn(RANK, row_number().over(ordered))
        .withColumn(RECORD_COUNT, count(lit(1)).over(group).cast("int"))
        .withColumn(REPEAT, when(col(CONTENT_HASH).equalTo(lag(col(CONTENT_HASH), 1).over(ordered)), 1L).otherwise(0L))
        .observe(
            stats,
            count(lit(1)).as(RECORDS),
            coalesce(sum(when(col(RANK).equalTo(1), 1L)), lit(0L)).as(EVENTS),
            coalesce(sum(col(REPEAT)), lit(0L)).as(EXACT_DUPLICATES))
        .where(col(RANK).equalTo(1));
  }

  /**
   * One row per distinct (pool, event time, details): record_key identifies it; the copy found
   * first (by source_object, record_offset) supplies the provenance.
   *
   * @param notifications rows of {@link DecodedSchema#SCHEMA} of kind notification
   */
  public static Dataset<Row> distinctNotifications(Dataset<Row> notifications) {
    WindowSpec byKey =
        Window.partitionBy(col(USER_POOL_ID), col(RECORD_KEY))
            .orderBy(col(SOURCE_OBJECT).asc_nulls_last(), col(RECORD_OFFSET).asc_nulls_last());
    return notifications.withColumn(RANK, row_number().over(byKey)).where(col(RANK).equalTo(1));
  }
}
