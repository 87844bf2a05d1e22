package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the three tables, in column order. The job writes with exactly these; nothing is
 * inferred. Partition columns come last, as they appear when the table is read back.
 */
public final class TableSchemas {
  private TableSchemas() {}

  public static final String USER_ACTIVITY_TABLE = "user_activity";
  public static final String USER_NOTIFICATION_TABLE = "user_notification";
  public static final String QUARANTINE_TABLE = "quarantine";
  public static final String RUNS_DIR = "_runs";

  public static final StructType CHALLENGE =
      new StructType(
          new StructField[] {
            nullable(CHALLENGE_NAME, DataTypes.StringType),
            nullable(CHALLENGE_RESULT, DataTypes.StringType)
          });

  public static final StructType USER_ACTIVITY =
      new StructType(
          new StructField[] {
            nullable(EVENT_ID, DataTypes.StringType),
            nullable(EVENT_TIME, DataTypes.TimestampType),
            nullable(EVENT_TYPE, DataTypes.StringType),
            nullable(EVENT_RESPONSE, DataTypes.StringType),
            nullable(RISK_DECISION, DataTypes.StringType),
            nullable(RISK_LEVEL, DataTypes.StringType),
            nullable(COMPROMISED_CREDENTIALS, DataTypes.BooleanType),
            nullable(CHALLENGES, DataTypes.createArrayType(CHALLENGE, true)),
            nullable(MFA_RESULT, DataTypes.StringType),
            nullable(USER_SUB, DataTypes.StringType),
            nullable(USER_NAME, DataTypes.StringType),
            nullable(CLIENT_ID, DataTypes.StringType),
            nullable(IDP_NAME, DataTypes.StringType),
            nullable(IP_ADDRESS, DataTypes.StringType),
            nullable(DEVICE_NAME, DataTypes.StringType),
            nullable(DEVICE_OS, DataTypes.StringType),
            nullable(DEVICE_BROWSER, DataTypes.StringType),
            nullable(CITY, DataTypes.StringType),
            nullable(COUNTRY, DataTypes.StringType),
            nullable(COUNTRY_CODE, DataTypes.StringType),
            nullable(HAS_CONTEXT_DATA, DataTypes.BooleanType),
            nullable(FEEDBACK_VALUE, DataTypes.StringType),
            nullable(FEEDBACK_PROVIDER, DataTypes.StringType),
            nullable(FEEDBACK_TIME, DataTypes.TimestampType),
            nullable(REQUEST_ID, DataTypes.StringType),
            nullable(LOG_VERSION, DataTypes.StringType),
            nullable(RECORD_COUNT, DataTypes.IntegerType),
            nullable(SOURCE_FORMAT, DataTypes.StringType),
            nullable(SOURCE_OBJECT, DataTypes.StringType),
            nullable(
                EXTRA_FIELDS,
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true)),
            nullable(USER_POOL_ID, DataTypes.StringType),
            nullable(EVENT_DATE, DataTypes.DateType)
          });

  public static final StructType USER_NOTIFICATION =
      new StructType(
          new StructField[] {
            nullable(EVENT_TIME, DataTypes.TimestampType),
            nullable(LOG_LEVEL, DataTypes.StringType),
            nullable(DETAILS, DataTypes.StringType),
            nullable(ERROR_CHANNEL, DataTypes.StringType),
            nullable(ERROR_CLASS, DataTypes.StringType),
            nullable(RECORD_KEY, DataTypes.StringType),
            nullable(SOURCE_FORMAT, DataTypes.StringType),
            nullable(SOURCE_OBJECT, DataTypes.StringType),
            nullable(USER_POOL_ID, DataTypes.StringType),
            nullable(EVENT_DATE, DataTypes.DateType)
          });

  public static final StructType QUARANTINE =
      new StructType(
          new StructField[] {
            nullable(SOURCE_OBJECT, DataTypes.StringType),
            nullable(RECORD_OFFSET, DataTypes.LongType),
            nullable(REASON, DataTypes.StringType),
            nullable(DETAIL, DataTypes.StringType),
            nullable(RAW, DataTypes.StringType),
            nullable(INGEST_RUN, DataTypes.StringType)
          });

  public static final List<String> ACTIVITY_PARTITIONING = List.of(USER_POOL_ID, EVENT_DATE);

  /** {@code schema} without the named columns. */
  public static StructType without(StructType schema, String... dropped) {
    List<String> drop = Arrays.asList(dropped);
    return new StructType(
        Arrays.stream(schema.fields())
            .filter(f -> !drop.contains(f.name()))
            .toArray(StructField[]::new));
  }

  static StructField nullable(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
