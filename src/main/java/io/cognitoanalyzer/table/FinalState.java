package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Folds the records of each (user_pool_id, event_id) into the event's final state. Pure
 * Dataset-to-Dataset transforms; no I/O.
 */
public final class FinalState {
  private FinalState() {}

  /** Records in the group that are byte-for-byte the same as another one (internal column). */
  public static final String EXACT_DUPLICATES = "_exact_duplicates";

  /** Distinct states beyond the one kept (internal column). */
  public static final String STATES_FOLDED = "_states_folded";

  /** Internal: the winner's rank within its group. */
  static final String RANK = "_rank";

  static final String GROUP_SIZE = "_group_size";

  /**
   * The order that decides the winner: a terminal response (Pass/Fail) over InProgress, then the
   * latest event_time, then the lowest (source_object, record_offset) so that the same archive
   * always yields the same row.
   */
  static Column[] winnerOrder() {
    return new Column[] {
      col(TERMINAL).desc_nulls_last(),
      col(EVENT_TIME).desc_nulls_last(),
      col(SOURCE_OBJECT).asc_nulls_last(),
      col(RECORD_OFFSET).asc_nulls_last()
    };
  }

  /**
   * One row per (user_pool_id, event_id): the winning record's attributes, its record_count (raw
   * records folded into it), and the internal counts {@link #EXACT_DUPLICATES} and {@link
   * #STATES_FOLDED}, which add up to record_count - 1.
   *
   * @param activity rows of {@link DecodedSchema#SCHEMA} of kind activity
   */
  public static Dataset<Row> fold(Dataset<Row> activity) {
    WindowSpec group = Window.partitionBy(col(USER_POOL_ID), col(EVENT_ID));
    WindowSpec ordered = group.orderBy(winnerOrder());
    return activity
        .withColumn(RANK, row_number().over(ordered))
        .withColumn(GROUP_SIZE, count(lit(1)).over(group))
        .withColumn(STATES_FOLDED, size(collect_set(col(CONTENT_HASH)).over(group)).minus(1))
        .where(col(RANK).equalTo(1))
        .withColumn(RECORD_COUNT, col(GROUP_SIZE).cast("int"))
        .withColumn(EXACT_DUPLICATES, col(GROUP_SIZE).minus(col(STATES_FOLDED)).minus(1));
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
