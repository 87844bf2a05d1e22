package io.cognitoanalyzer.testing;

import static io.cognitoanalyzer.table.Columns.*;

import io.cognitoanalyzer.table.TableSchemas;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Builds user_activity and user_notification rows in memory, with the table's exact schema, for
 * tests of the report definitions. Unset columns are null; event_date follows event_time.
 */
public final class TableRows {
  private final StructType schema;
  private final List<Row> rows = new ArrayList<>();
  private Object[] current;

  private TableRows(StructType schema) {
    this.schema = schema;
  }

  public static TableRows activity() {
    return new TableRows(TableSchemas.USER_ACTIVITY);
  }

  public static TableRows notifications() {
    return new TableRows(TableSchemas.USER_NOTIFICATION);
  }

  /** Starts a row in {@code pool} at {@code time} (ISO-8601 instant). */
  public TableRows row(String pool, String time) {
    finish();
    current = new Object[schema.size()];
    Instant instant = Instant.parse(time);
    set(USER_POOL_ID, pool);
    set(EVENT_TIME, instant);
    set(EVENT_DATE, LocalDate.ofInstant(instant, ZoneOffset.UTC));
    return this;
  }

  public TableRows set(String column, Object value) {
    current[schema.fieldIndex(column)] = value;
    return this;
  }

  public Dataset<Row> toDataset() {
    finish();
    return SharedSpark.get().createDataFrame(rows, schema);
  }

  private void finish() {
    if (current != null) {
      rows.add(RowFactory.create(current));
      current = null;
    }
  }
}
