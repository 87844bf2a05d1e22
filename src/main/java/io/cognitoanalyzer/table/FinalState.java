package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Distinct notifications. Pure Dataset-to-Dataset transforms; no I/O. Activity records are
 * folded by {@link ActivityFold}.
 */
public final class FinalState {
  private FinalState() {}

  /** Internal: the row's rank within its group; 1 is the winner. */
  static final String RANK = "_rank";

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
