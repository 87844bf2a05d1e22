package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.table.Columns.*;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Every report the job writes: its name (the Parquet folder, the CSV file and the DDL table), its
 * schema, its definition and the order its CSV rows are written in. The first five are the
 * product's fixed interface; the others extend it.
 */
public enum Report {
  RISK_DECISIONS(
      ReportSchemas.RISK_DECISIONS,
      in -> ReportDefinitions.riskDecisions(in.activity()),
      List.of(USER_POOL_ID, EVENT_DATE, EVENT_TYPE, RISK_DECISION, RISK_LEVEL)),
  FAILURE_RATES(
      ReportSchemas.FAILURE_RATES,
      in -> ReportDefinitions.failureRates(in.activity()),
      List.of(USER_POOL_ID, EVENT_DATE, EVENT_TYPE, CLIENT_ID)),
  DEVICES(
      ReportSchemas.DEVICES,
      in -> ReportDefinitions.devices(in.activity()),
      List.of(USER_POOL_ID, DEVICE_OS, DEVICE_BROWSER)),
  GEOGRAPHY(
      ReportSchemas.GEOGRAPHY,
      in -> ReportDefinitions.geography(in.activity()),
      List.of(USER_POOL_ID, COUNTRY_CODE, COUNTRY)),
  NOTIFICATION_FAILURES(
      ReportSchemas.NOTIFICATION_FAILURES,
      in -> ReportDefinitions.notificationFailures(in.notifications()),
      List.of(USER_POOL_ID, EVENT_DATE, ERROR_CHANNEL, ERROR_CLASS)),
  POOL_SUMMARY(
      ReportSchemas.POOL_SUMMARY,
      in -> ReportDefinitions.poolSummary(in.activity(), in.notifications()),
      List.of(USER_POOL_ID)),
  TOP_FAILING_IPS(
      ReportSchemas.TOP_FAILING_IPS,
      in -> ReportDefinitions.topFailingIps(in.activity()),
      List.of(USER_POOL_ID, RANK)),
  TOP_FAILING_USERS(
      ReportSchemas.TOP_FAILING_USERS,
      in -> ReportDefinitions.topFailingUsers(in.activity()),
      List.of(USER_POOL_ID, RANK)),
  HOURLY_ACTIVITY(
      ReportSchemas.HOURLY_ACTIVITY,
      in -> ReportDefinitions.hourlyActivity(in.activity()),
      List.of(USER_POOL_ID, EVENT_DATE, EVENT_HOUR));

  private final StructType schema;
  private final Function<ReportInputs, Dataset<Row>> definition;
  private final List<String> order;

  Report(StructType schema, Function<ReportInputs, Dataset<Row>> definition, List<String> order) {
    this.schema = schema;
    this.definition = definition;
    this.order = order;
  }

  /** The folder, file and table name: {@code risk_decisions}. */
  public String reportName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public StructType schema() {
    return schema;
  }

  /** The columns that identify a row, which the CSV file is sorted by. */
  public List<String> order() {
    return order;
  }

  public Dataset<Row> compute(ReportInputs inputs) {
    return definition.apply(inputs);
  }
}
