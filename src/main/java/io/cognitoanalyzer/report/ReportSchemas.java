package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.table.Columns.*;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The column order and types of every report, as analysts and the CSV files see them. The first
 * five are fixed by the product's interface; the rest extend it. Counts are longs, rates doubles
 * in [0, 1].
 */
public final class ReportSchemas {
  private ReportSchemas() {}

  public static final StructType RISK_DECISIONS =
      schema(
          string(USER_POOL_ID), date(EVENT_DATE), string(EVENT_TYPE), string(RISK_DECISION),
          string(RISK_LEVEL), count(EVENTS), count(USERS), count(COMPROMISED_CREDENTIALS));

  public static final StructType FAILURE_RATES =
      schema(
          string(USER_POOL_ID), date(EVENT_DATE), string(EVENT_TYPE), string(CLIENT_ID),
          count(ATTEMPTS), count(FAILURES), rate(FAILURE_RATE), count(MFA_FAILURES));

  public static final StructType DEVICES =
      schema(
          string(USER_POOL_ID), string(DEVICE_OS), string(DEVICE_BROWSER), count(EVENTS),
          count(USERS), count(FAILURES), rate(FAILURE_RATE), count(RISKY_EVENTS));

  public static final StructType GEOGRAPHY =
      schema(
          string(USER_POOL_ID), string(COUNTRY_CODE), string(COUNTRY), count(EVENTS),
          count(USERS), count(FAILURES), rate(FAILURE_RATE), count(RISKY_EVENTS));

  public static final StructType NOTIFICATION_FAILURES =
      schema(
          string(USER_POOL_ID), date(EVENT_DATE), string(ERROR_CHANNEL), string(ERROR_CLASS),
          count(ERRORS));

  public static final StructType POOL_SUMMARY =
      schema(
          string(USER_POOL_ID), date(FIRST_EVENT_DATE), date(LAST_EVENT_DATE), count(EVENTS),
          count(USERS), count(FAILURES), rate(FAILURE_RATE), count(RISKY_EVENTS),
          rate(SHARE_RISKY), count(COMPROMISED_CREDENTIALS), count(DELIVERY_ERRORS));

  public static final StructType TOP_FAILING_IPS =
      schema(
          string(USER_POOL_ID), integer(RANK), string(IP_ADDRESS), count(EVENTS), count(USERS),
          count(FAILURES), rate(FAILURE_RATE), count(RISKY_EVENTS));

  public static final StructType TOP_FAILING_USERS =
      schema(
          string(USER_POOL_ID), integer(RANK), string(USER_NAME), count(EVENTS), count(FAILURES),
          rate(FAILURE_RATE), count(DISTINCT_IPS), count(RISKY_EVENTS));

  public static final StructType HOURLY_ACTIVITY =
      schema(
          string(USER_POOL_ID), date(EVENT_DATE), integer(EVENT_HOUR), count(EVENTS),
          count(FAILURES), count(RISKY_EVENTS));

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField string(String name) {
    return field(name, DataTypes.StringType);
  }

  private static StructField date(String name) {
    return field(name, DataTypes.DateType);
  }

  private static StructField count(String name) {
    return field(name, DataTypes.LongType);
  }

  private static StructField integer(String name) {
    return field(name, DataTypes.IntegerType);
  }

  private static StructField rate(String name) {
    return field(name, DataTypes.DoubleType);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
