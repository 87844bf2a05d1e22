package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.cognitoanalyzer.normalize.Vocabulary;
import org.apache.spark.sql.Column;

/**
 * The aggregate expressions behind every report figure, defined once so that a report and a chart
 * can never count the same thing differently. See {@link ReportDefinitions} for the definitions.
 */
final class Figures {
  private Figures() {}

  /** The challenge result Cognito writes for a failed MFA step. */
  static final String MFA_FAILURE = "Failure";

  /** events and attempts: every row of the group, InProgress included. */
  static Column rows() {
    return count(lit(1));
  }

  /** users: distinct non-null user_sub. */
  static Column users() {
    return countDistinct(col(USER_SUB));
  }

  /** failures: rows whose event_response is Fail. */
  static Column failures() {
    return countIf(col(EVENT_RESPONSE).equalTo(Vocabulary.FAIL));
  }

  /** Rows that ended, Pass or Fail: the failure rate's denominator. */
  static Column terminal() {
    return countIf(col(EVENT_RESPONSE).isin(Vocabulary.PASS, Vocabulary.FAIL));
  }

  /** failures / terminal rows; null when the group has no terminal row. */
  static Column failureRate() {
    return when(terminal().gt(0), failures().cast("double").divide(terminal()));
  }

  /** risky_events: a risk_decision other than NoRisk; null (nothing assessed) is not risky. */
  static Column riskyEvents() {
    return countIf(col(RISK_DECISION).notEqual(Vocabulary.NO_RISK));
  }

  static Column compromisedCredentials() {
    return countIf(col(COMPROMISED_CREDENTIALS).equalTo(true));
  }

  static Column mfaFailures() {
    return countIf(col(MFA_RESULT).equalTo(MFA_FAILURE));
  }

  /** Rows where {@code condition} is true; null counts as false. */
  static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }
}
