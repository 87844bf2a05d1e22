package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.report.Figures.failureRate;
import static io.cognitoanalyzer.report.Figures.failures;
import static io.cognitoanalyzer.report.Figures.terminal;
import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.trunc;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;

/**
 * What the page's charts draw, as pure transforms over the reports (and, for failure rates over
 * time, over user_activity, because a rate cannot be summed across clients). Results are small
 * by construction: periods times a handful of series, or the top {@link #TOP_BARS} bars.
 */
final class ChartData {
  private ChartData() {}

  static final int TOP_BARS = 15;
  static final String PERIOD = "period";
  static final String SERIES = "series";
  static final String VALUE = "value";
  static final String LABEL = "label";
  static final String TERMINAL = "terminal";
  static final String NONE = "(none)";

  /** Days up to this span are drawn per day; longer spans per month, to keep the page small. */
  static final long MAX_DAILY_SPAN_DAYS = 186;

  /** Events per period and risk decision, across the selected pools. */
  static Dataset<Row> decisionsOverTime(Dataset<Row> riskDecisions, boolean monthly) {
    return riskDecisions
        .groupBy(period(monthly), label(RISK_DECISION).as(SERIES))
        .agg(sum(EVENTS).as(VALUE));
  }

  /** Failure rate per period and event type, with the counts behind it. */
  static Dataset<Row> failureRateOverTime(Dataset<Row> activity, boolean monthly) {
    return activity
        .groupBy(period(monthly), label(EVENT_TYPE).as(SERIES))
        .agg(failureRate().as(VALUE), failures().as(FAILURES), terminal().as(TERMINAL));
  }

  /** The device OS and browser pairs with the most events. */
  static Dataset<Row> topDevices(Dataset<Row> devices) {
    Column label = concat_ws(" / ", label(DEVICE_OS), label(DEVICE_BROWSER));
    return top(devices.groupBy(label.as(LABEL)));
  }

  /** The countries with the most events. */
  static Dataset<Row> topCountries(Dataset<Row> geography) {
    Column label = concat_ws(" ", label(COUNTRY), coalesce(concat(lit("("), col(COUNTRY_CODE), lit(")")), lit("")));
    return top(geography.groupBy(trim(label).as(LABEL)));
  }

  /** Delivery errors per channel and error class. */
  static Dataset<Row> deliveryErrors(Dataset<Row> notificationFailures) {
    return notificationFailures
        .groupBy(label(ERROR_CHANNEL).as(LABEL), label(ERROR_CLASS).as(SERIES))
        .agg(sum(ERRORS).as(VALUE));
  }

  private static Dataset<Row> top(RelationalGroupedDataset grouped) {
    return grouped
        .agg(sum(EVENTS).as(VALUE), sum(FAILURES).as(FAILURES))
        .orderBy(col(VALUE).desc(), col(LABEL).asc())
        .limit(TOP_BARS);
  }

  private static Column period(boolean monthly) {
    return (monthly ? trunc(col(EVENT_DATE), "month") : col(EVENT_DATE)).as(PERIOD);
  }

  private static Column label(String column) {
    return coalesce(col(column), lit(NONE));
  }
}
