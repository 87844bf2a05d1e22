package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.report.Figures.*;
import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The report definitions: pure {@code Dataset -> Dataset} transforms over user_activity and
 * user_notification rows, with no I/O. Each result has exactly its {@link ReportSchemas} columns.
 *
 * <p>The figures, as the README defines them:
 * <ul>
 *   <li>events and attempts: rows in the group (InProgress rows included);
 *   <li>failures: rows whose event_response is Fail;
 *   <li>failure_rate: failures / (Pass + Fail rows), null when the group has no terminal row;
 *   <li>users: distinct non-null user_sub;
 *   <li>risky_events: rows with a risk_decision other than NoRisk (a null decision, meaning Cognito
 *       assessed nothing, is not risky);
 *   <li>compromised_credentials: rows where it is true; mfa_failures: rows whose mfa_result is
 *       Failure.
 * </ul>
 */
public final class ReportDefinitions {
  private ReportDefinitions() {}

  /** How many IPs and users per pool the top-N reports keep. */
  public static final int TOP_N = 100;

  public static Dataset<Row> riskDecisions(Dataset<Row> activity) {
    return conform(
        activity
            .groupBy(USER_POOL_ID, EVENT_DATE, EVENT_TYPE, RISK_DECISION, RISK_LEVEL)
            .agg(
                rows().as(EVENTS),
                users().as(USERS),
                compromisedCredentials().as(COMPROMISED_CREDENTIALS)),
        ReportSchemas.RISK_DECISIONS);
  }

  public static Dataset<Row> failureRates(Dataset<Row> activity) {
    return conform(
        activity
            .groupBy(USER_POOL_ID, EVENT_DATE, EVENT_TYPE, CLIENT_ID)
            .agg(
                rows().as(ATTEMPTS),
                failures().as(FAILURES),
                failureRate().as(FAILURE_RATE),
                mfaFailures().as(MFA_FAILURES)),
        ReportSchemas.FAILURE_RATES);
  }

  public static Dataset<Row> devices(Dataset<Row> activity) {
    return conform(
        outcomeFigures(activity.groupBy(USER_POOL_ID, DEVICE_OS, DEVICE_BROWSER)),
        ReportSchemas.DEVICES);
  }

  public static Dataset<Row> geography(Dataset<Row> activity) {
    return conform(
        outcomeFigures(activity.groupBy(USER_POOL_ID, COUNTRY_CODE, COUNTRY)),
        ReportSchemas.GEOGRAPHY);
  }

  public static Dataset<Row> notificationFailures(Dataset<Row> notifications) {
    return conform(
        notifications
            .groupBy(USER_POOL_ID, EVENT_DATE, ERROR_CHANNEL, ERROR_CLASS)
            .agg(rows().as(ERRORS)),
        ReportSchemas.NOTIFICATION_FAILURES);
  }

  /**
   * Headline figures per pool. A pool with delivery errors but no activity in the window still
   * gets a row, with zero events.
   */
  public static Dataset<Row> poolSummary(Dataset<Row> activity, Dataset<Row> notifications) {
    Dataset<Row> auth =
        activity
            .groupBy(USER_POOL_ID)
            .agg(
                min(EVENT_DATE).as("a_first"),
                max(EVENT_DATE).as("a_last"),
                rows().as(EVENTS),
                users().as(USERS),
                failures().as(FAILURES),
                failureRate().as(FAILURE_RATE),
                riskyEvents().as(RISKY_EVENTS),
                riskyEvents().divide(rows()).as(SHARE_RISKY),
                compromisedCredentials().as(COMPROMISED_CREDENTIALS));
    Dataset<Row> delivery =
        notifications
            .groupBy(USER_POOL_ID)
            .agg(min(EVENT_DATE).as("n_first"), max(EVENT_DATE).as("n_last"), rows().as(DELIVERY_ERRORS));
    Dataset<Row> joined = auth.join(delivery, auth.col(USER_POOL_ID).equalTo(delivery.col(USER_POOL_ID)), "full_outer");
    Column zero = lit(0L);
    return conform(
        joined.select(
            coalesce(auth.col(USER_POOL_ID), delivery.col(USER_POOL_ID)).as(USER_POOL_ID),
            least(col("a_first"), col("n_first")).as(FIRST_EVENT_DATE),
            greatest(col("a_last"), col("n_last")).as(LAST_EVENT_DATE),
            coalesce(col(EVENTS), zero).as(EVENTS),
            coalesce(col(USERS), zero).as(USERS),
            coalesce(col(FAILURES), zero).as(FAILURES),
            col(FAILURE_RATE),
            coalesce(col(RISKY_EVENTS), zero).as(RISKY_EVENTS),
            col(SHARE_RISKY),
            coalesce(col(COMPROMISED_CREDENTIALS), zero).as(COMPROMISED_CREDENTIALS),
            coalesce(col(DELIVERY_ERRORS), zero).as(DELIVERY_ERRORS)),
        ReportSchemas.POOL_SUMMARY);
  }

  /** The {@link #TOP_N} IP addresses with the most failures in each pool; IPs without failures are left out. */
  public static Dataset<Row> topFailingIps(Dataset<Row> activity) {
    Dataset<Row> perIp =
        activity
            .where(col(IP_ADDRESS).isNotNull())
            .groupBy(USER_POOL_ID, IP_ADDRESS)
            .agg(rows().as(EVENTS), users().as(USERS), failures().as(FAILURES), failureRate().as(FAILURE_RATE), riskyEvents().as(RISKY_EVENTS));
    return conform(topByFailures(perIp, IP_ADDRESS), ReportSchemas.TOP_FAILING_IPS);
  }

  /** The {@link #TOP_N} user names with the most failures in each pool, with how many IPs they came from. */
  public static Dataset<Row> topFailingUsers(Dataset<Row> activity) {
    Dataset<Row> perUser =
        activity
            .where(col(USER_NAME).isNotNull())
            .groupBy(USER_POOL_ID, USER_NAME)
            .agg(rows().as(EVENTS), failures().as(FAILURES), failureRate().as(FAILURE_RATE), countDistinct(col(IP_ADDRESS)).as(DISTINCT_IPS), riskyEvents().as(RISKY_EVENTS));
    return conform(topByFailures(perUser, USER_NAME), ReportSchemas.TOP_FAILING_USERS);
  }

  /** Events per UTC hour of the day, for spotting bursts such as credential stuffing. */
  public static Dataset<Row> hourlyActivity(Dataset<Row> activity) {
    return conform(
        activity
            .groupBy(col(USER_POOL_ID), col(EVENT_DATE), hour(col(EVENT_TIME)).as(EVENT_HOUR))
            .agg(rows().as(EVENTS), failures().as(FAILURES), riskyEvents().as(RISKY_EVENTS)),
        ReportSchemas.HOURLY_ACTIVITY);
  }

  /** Ranks by failures, then events, then the key itself, so that ties rank the same way every run. */
  private static Dataset<Row> topByFailures(Dataset<Row> grouped, String key) {
    return grouped
        .where(col(FAILURES).gt(0))
        .withColumn(
            RANK,
            row_number()
                .over(Window.partitionBy(USER_POOL_ID).orderBy(col(FAILURES).desc(), col(EVENTS).desc(), col(key).asc())))
        .where(col(RANK).leq(TOP_N));
  }

  /** The figures devices and geography share: events, users, failures, failure_rate, risky_events. */
  private static Dataset<Row> outcomeFigures(RelationalGroupedDataset groups) {
    return groups.agg(
        rows().as(EVENTS), users().as(USERS), failures().as(FAILURES), failureRate().as(FAILURE_RATE), riskyEvents().as(RISKY_EVENTS));
  }

  /** Exactly the schema's columns, in its order and with its types. */
  static Dataset<Row> conform(Dataset<Row> rows, StructType schema) {
    return rows.select(
        Arrays.stream(schema.fields())
            .map(StructField::name)
            .map(name -> col(name).cast(schema.apply(name).dataType()).as(name))
            .toArray(Column[]::new));
  }
}
