package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of the second pass's decoded stream: notifications and rejections in one row type,
 * told apart by {@link Columns#KIND}. Columns a kind does not use are null; {@link Columns#KIND}
 * is internal and never written to a table.
 */
public final class DecodedSchema {
  private DecodedSchema() {}

  public static final String KIND_NOTIFICATION = "notification";
  public static final String KIND_QUARANTINE = "quarantine";

  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            TableSchemas.nullable(KIND, DataTypes.StringType),
            TableSchemas.nullable(EVENT_TIME, DataTypes.TimestampType),
            TableSchemas.nullable(LOG_LEVEL, DataTypes.StringType),
            TableSchemas.nullable(DETAILS, DataTypes.StringType),
            TableSchemas.nullable(ERROR_CHANNEL, DataTypes.StringType),
            TableSchemas.nullable(ERROR_CLASS, DataTypes.StringType),
            TableSchemas.nullable(RECORD_KEY, DataTypes.StringType),
            TableSchemas.nullable(SOURCE_FORMAT, DataTypes.StringType),
            TableSchemas.nullable(SOURCE_OBJECT, DataTypes.StringType),
            TableSchemas.nullable(RECORD_OFFSET, DataTypes.LongType),
            TableSchemas.nullable(REASON, DataTypes.StringType),
            TableSchemas.nullable(DETAIL, DataTypes.StringType),
            TableSchemas.nullable(RAW, DataTypes.StringType),
            TableSchemas.nullable(USER_POOL_ID, DataTypes.StringType),
            TableSchemas.nullable(EVENT_DATE, DataTypes.DateType)
          });
}
