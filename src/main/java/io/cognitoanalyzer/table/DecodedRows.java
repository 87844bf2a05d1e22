package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;

import io.cognitoanalyzer.normalize.Decoded;
import io.cognitoanalyzer.normalize.NotificationEvent;
import io.cognitoanalyzer.normalize.Rejection;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Turns notifications and rejections into rows of {@link DecodedSchema#SCHEMA}. */
public final class DecodedRows {
  private DecodedRows() {}

  private static final int WIDTH = DecodedSchema.SCHEMA.size();

  public static Row toRow(Decoded item) {
    Object[] v = new Object[WIDTH];
    if (item instanceof NotificationEvent n) {
      set(v, KIND, DecodedSchema.KIND_NOTIFICATION);
      set(v, EVENT_TIME, n.eventTime());
      set(v, LOG_LEVEL, n.logLevel());
      set(v, DETAILS, n.details());
      set(v, ERROR_CHANNEL, n.errorChannel());
      set(v, ERROR_CLASS, n.errorClass());
      set(v, RECORD_KEY, n.recordKey());
      set(v, SOURCE_FORMAT, n.sourceFormat());
      set(v, SOURCE_OBJECT, n.sourceObject());
      set(v, RECORD_OFFSET, n.recordOffset());
      set(v, USER_POOL_ID, n.userPoolId());
      set(v, EVENT_DATE, n.eventDate());
    } else if (item instanceof Rejection r) {
      set(v, KIND, DecodedSchema.KIND_QUARANTINE);
      set(v, SOURCE_OBJECT, r.sourceObject());
      set(v, RECORD_OFFSET, r.recordOffset());
      set(v, REASON, r.reason().code());
      set(v, DETAIL, r.detail());
      set(v, RAW, r.raw());
    } else {
      throw new IllegalArgumentException("no row form for " + item.getClass().getName());
    }
    return RowFactory.create(v);
  }

  /** Column positions, looked up once: this runs for every record. */
  private static final java.util.Map<String, Integer> INDEX = index();

  private static java.util.Map<String, Integer> index() {
    java.util.Map<String, Integer> map = new java.util.HashMap<>();
    String[] names = DecodedSchema.SCHEMA.fieldNames();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], i);
    }
    return map;
  }

  private static void set(Object[] values, String column, Object value) {
    values[INDEX.get(column)] = value;
  }
}
