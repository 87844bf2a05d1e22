package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one schema of the decoded stream: every kind of {@code Decoded} item in one row type, told
 * apart by {@link Columns#KIND}. Columns a kind does not use are null. Internal columns start with
 * an underscore and are never written to a table.
 */
public final class DecodedSchema {
  private DecodedSchema() {}

  public static final String KIND_ACTIVITY = "activity";
  public static final String KIND_NOTIFICATION = "notification";
  public static final String KIND_QUARANTINE = "quarantine";
  public static final String KIND_OBJECT = "object";

  public static final String OBJECT_RECORDS = "_records";
  public static final String OBJECT_CONTROL_MESSAGES = "_control_messages";
  public static final String OBJECT_SIDE_OUTPUTS = "_side_outputs";

  public static final String EXTRA_KEYS = "_extra_keys";
  public static final String EXTRA_VALUES = "_extra_values";

  public static final StructType SCHEMA = build();

  /** Adds the extra_fields map built from the two arrays it travels in. */
  public static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> withExtraFields(
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> decoded) {
    return decoded.withColumn(
        EXTRA_FIELDS,
        org.apache.spark.sql.functions.map_from_arrays(
            org.apache.spark.sql.functions.col(EXTRA_KEYS),
            org.apache.spark.sql.functions.col(EXTRA_VALUES)));
  }

  private static StructType build() {
    List<StructField> fields = new ArrayList<>();
    fields.add(TableSchemas.nullable(KIND, DataTypes.StringType));
    for (StructField f : TableSchemas.without(TableSchemas.USER_ACTIVITY, RECORD_COUNT, EXTRA_FIELDS).fields()) {
      fields.add(f);
    }
    // A Row cannot carry a java.util.Map or List into Spark without Scala types, so the map
    // travels as two arrays and becomes extra_fields in SQL (see withExtraFields).
    fields.add(TableSchemas.nullable(EXTRA_KEYS, DataTypes.createArrayType(DataTypes.StringType, false)));
    fields.add(TableSchemas.nullable(EXTRA_VALUES, DataTypes.createArrayType(DataTypes.StringType, true)));
    fields.add(TableSchemas.nullable(RECORD_OFFSET, DataTypes.LongType));
    fields.add(TableSchemas.nullable(CONTENT_HASH, DataTypes.LongType));
    fields.add(TableSchemas.nullable(TERMINAL, DataTypes.BooleanType));
    fields.add(TableSchemas.nullable(LOG_LEVEL, DataTypes.StringType));
    fields.add(TableSchemas.nullable(DETAILS, DataTypes.StringType));
    fields.add(TableSchemas.nullable(ERROR_CHANNEL, DataTypes.StringType));
    fields.add(TableSchemas.nullable(ERROR_CLASS, DataTypes.StringType));
    fields.add(TableSchemas.nullable(RECORD_KEY, DataTypes.StringType));
    fields.add(TableSchemas.nullable(REASON, DataTypes.StringType));
    fields.add(TableSchemas.nullable(DETAIL, DataTypes.StringType));
    fields.add(TableSchemas.nullable(RAW, DataTypes.StringType));
    fields.add(TableSchemas.nullable(OBJECT_BYTES, DataTypes.LongType));
    fields.add(TableSchemas.nullable(OBJECT_RECORDS, DataTypes.LongType));
    fields.add(TableSchemas.nullable(OBJECT_CONTROL_MESSAGES, DataTypes.LongType));
    fields.add(TableSchemas.nullable(OBJECT_SIDE_OUTPUTS, DataTypes.LongType));
    return new StructType(fields.toArray(StructField[]::new));
  }
}
