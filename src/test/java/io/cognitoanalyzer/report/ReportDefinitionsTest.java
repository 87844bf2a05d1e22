package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.testing.TableRows;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per definition in the README: each fails if the definition changes. */
class ReportDefinitionsTest {
  static final String POOL = "us-east-1_Defs";
  static final String DAY = "2026-03-01T10:00:00Z";

  private static TableRows signIn(TableRows rows, String response) {
    return rows.row(POOL, DAY).set(EVENT_TYPE, "SignIn").set(EVENT_RESPONSE, response).set(CLIENT_ID, "c1");
  }

  private static Row single(Dataset<Row> report) {
    List<Row> rows = report.collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void inProgressRowsCountAsAttemptsButNotInTheFailureRate() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Pass");
    signIn(rows, "Fail");
    signIn(rows, "InProgress");
    signIn(rows, "InProgress");
    Row r = single(ReportDefinitions.failureRates(rows.toDataset()));
    assertThat(r.<Long>getAs(ATTEMPTS)).isEqualTo(4L);
    assertThat(r.<Long>getAs(FAILURES)).isEqualTo(1L);
    assertThat(r.<Double>getAs(FAILURE_RATE)).isEqualTo(0.5);
  }

  @Test
  void failureRateIsNullWhenNoRowEnded() {
    TableRows rows = TableRows.activity();
    signIn(rows, "InProgress");
    Row r = single(ReportDefinitions.failureRates(rows.toDataset()));
    assertThat(r.<Long>getAs(ATTEMPTS)).isEqualTo(1L);
    assertThat(r.<Long>getAs(FAILURES)).isZero();
    assertThat(r.isNullAt(r.fieldIndex(FAILURE_RATE))).isTrue();
  }

  @Test
  void unknownResponsesAreAttemptsButNeitherFailuresNorTerminal() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Fail");
    signIn(rows, "Retry"); // an unknown value kept raw by ingest
    Row r = single(ReportDefinitions.failureRates(rows.toDataset()));
    assertThat(r.<Long>getAs(ATTEMPTS)).isEqualTo(2L);
    assertThat(r.<Double>getAs(FAILURE_RATE)).isEqualTo(1.0);
  }

  @Test
  void mfaFailuresCountOnlyFailureResults() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Fail").set(MFA_RESULT, "Failure");
    signIn(rows, "Pass").set(MFA_RESULT, "Success");
    signIn(rows, "Pass");
    assertThat(single(ReportDefinitions.failureRates(rows.toDataset())).<Long>getAs(MFA_FAILURES)).isEqualTo(1L);
  }

  @Test
  void usersAreDistinctNonNullSubs() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Pass").set(USER_SUB, "a");
    signIn(rows, "Pass").set(USER_SUB, "a");
    signIn(rows, "Pass").set(USER_SUB, "b");
    signIn(rows, "Pass");
    Row r = single(ReportDefinitions.riskDecisions(rows.toDataset()));
    assertThat(r.<Long>getAs(EVENTS)).isEqualTo(4L);
    assertThat(r.<Long>getAs(USERS)).isEqualTo(2L);
  }

  @Test
  void compromisedCredentialsCountOnlyTrue() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Fail").set(COMPROMISED_CREDENTIALS, true);
    signIn(rows, "Fail").set(COMPROMISED_CREDENTIALS, false);
    signIn(rows, "Fail");
    assertThat(single(ReportDefinitions.riskDecisions(rows.toDataset())).<Long>getAs(COMPROMISED_CREDENTIALS)).isEqualTo(1L);
  }

  @Test
  void riskyEventsAreDecisionsOtherThanNoRiskAndNullIsNotRisky() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Pass").set(RISK_DECISION, "NoRisk");
    signIn(rows, "Fail").set(RISK_DECISION, "Block");
    signIn(rows, "Pass").set(RISK_DECISION, "AccountTakeover");
    signIn(rows, "Pass");
    Row r = single(ReportDefinitions.devices(rows.toDataset()));
    assertThat(r.<Long>getAs(RISKY_EVENTS)).isEqualTo(2L);
    assertThat(r.<Long>getAs(EVENTS)).isEqualTo(4L);
  }

  @Test
  void riskDecisionsGroupByDecisionAndLevelKeepingNulls() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Pass").set(RISK_DECISION, "NoRisk").set(RISK_LEVEL, "Low");
    signIn(rows, "Pass").set(RISK_DECISION, "NoRisk").set(RISK_LEVEL, "Low");
    signIn(rows, "Fail").set(RISK_DECISION, "Block").set(RISK_LEVEL, "High");
    signIn(rows, "Pass");
    List<String> groups =
        ReportDefinitions.riskDecisions(rows.toDataset()).orderBy(col(EVENTS).desc(), col(RISK_DECISION)).collectAsList().stream()
            .map(r -> r.getAs(RISK_DECISION) + "/" + r.getAs(RISK_LEVEL) + "=" + r.getAs(EVENTS))
            .toList();
    assertThat(groups).containsExactly("NoRisk/Low=2", "null/null=1", "Block/High=1");
  }

  @Test
  void geographyGroupsByCountryAndComputesTheSameFiguresAsDevices() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Fail").set(COUNTRY, "Germany").set(COUNTRY_CODE, "DE").set(USER_SUB, "u1").set(RISK_DECISION, "Block");
    signIn(rows, "Pass").set(COUNTRY, "Germany").set(COUNTRY_CODE, "DE").set(USER_SUB, "u2");
    signIn(rows, "InProgress").set(COUNTRY, "Germany").set(COUNTRY_CODE, "DE").set(USER_SUB, "u2");
    signIn(rows, "Pass").set(COUNTRY, "Atlantis");
    Row de = ReportDefinitions.geography(rows.toDataset()).where(col(COUNTRY_CODE).equalTo("DE")).first();
    assertThat(de.<Long>getAs(EVENTS)).isEqualTo(3L);
    assertThat(de.<Long>getAs(USERS)).isEqualTo(2L);
    assertThat(de.<Long>getAs(FAILURES)).isEqualTo(1L);
    assertThat(de.<Double>getAs(FAILURE_RATE)).isEqualTo(0.5);
    assertThat(de.<Long>getAs(RISKY_EVENTS)).isEqualTo(1L);
    assertThat(ReportDefinitions.geography(rows.toDataset()).where(col(COUNTRY_CODE).isNull()).first().<String>getAs(COUNTRY)).isEqualTo("Atlantis");
  }

  @Test
  void notificationFailuresCountRowsPerChannelAndClass() {
    TableRows rows = TableRows.notifications();
    rows.row(POOL, DAY).set(ERROR_CHANNEL, "sms").set(ERROR_CLASS, "throttled");
    rows.row(POOL, "2026-03-01T23:59:59Z").set(ERROR_CHANNEL, "sms").set(ERROR_CLASS, "throttled");
    rows.row(POOL, "2026-03-02T00:00:00Z").set(ERROR_CHANNEL, "sms").set(ERROR_CLASS, "throttled");
    rows.row(POOL, DAY).set(ERROR_CHANNEL, "email").set(ERROR_CLASS, "rejected");
    List<String> groups =
        ReportDefinitions.notificationFailures(rows.toDataset()).orderBy(EVENT_DATE, ERROR_CHANNEL).collectAsList().stream()
            .map(r -> r.getAs(EVENT_DATE) + " " + r.getAs(ERROR_CHANNEL) + " " + r.getAs(ERROR_CLASS) + "=" + r.getAs(ERRORS))
            .toList();
    assertThat(groups).containsExactly("2026-03-01 email rejected=1", "2026-03-01 sms throttled=2", "2026-03-02 sms throttled=1");
  }

  @Test
  void poolSummaryKeepsPoolsThatOnlyHaveDeliveryErrors() {
    TableRows activity = TableRows.activity();
    signIn(activity, "Fail").set(RISK_DECISION, "Block").set(COMPROMISED_CREDENTIALS, true).set(USER_SUB, "u");
    signIn(activity, "Pass").set(RISK_DECISION, "NoRisk").set(USER_SUB, "u");
    TableRows notifications = TableRows.notifications();
    notifications.row("eu-west-1_OnlyErrors", "2026-02-27T00:00:00Z").set(ERROR_CHANNEL, "sms");
    notifications.row(POOL, "2026-02-28T00:00:00Z").set(ERROR_CHANNEL, "email");
    List<Row> rows = ReportDefinitions.poolSummary(activity.toDataset(), notifications.toDataset()).orderBy(USER_POOL_ID).collectAsList();
    assertThat(rows).hasSize(2);
    Row errorsOnly = rows.get(0);
    assertThat(errorsOnly.<String>getAs(USER_POOL_ID)).isEqualTo("eu-west-1_OnlyErrors");
    assertThat(errorsOnly.<Long>getAs(EVENTS)).isZero();
    assertThat(errorsOnly.<Long>getAs(DELIVERY_ERRORS)).isEqualTo(1L);
    assertThat(errorsOnly.isNullAt(errorsOnly.fieldIndex(FAILURE_RATE))).isTrue();
    Row pool = rows.get(1);
    assertThat(pool.<Long>getAs(EVENTS)).isEqualTo(2L);
    assertThat(pool.<Long>getAs(USERS)).isEqualTo(1L);
    assertThat(pool.<Double>getAs(FAILURE_RATE)).isEqualTo(0.5);
    assertThat(pool.<Double>getAs(SHARE_RISKY)).isEqualTo(0.5);
    assertThat(pool.<Long>getAs(COMPROMISED_CREDENTIALS)).isEqualTo(1L);
    assertThat(pool.<Long>getAs(DELIVERY_ERRORS)).isEqualTo(1L);
    assertThat(pool.<LocalDate>getAs(FIRST_EVENT_DATE)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(pool.<LocalDate>getAs(LAST_EVENT_DATE)).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void topFailingIpsRankByFailuresKeepOnlyFailingIpsAndStopAtTopN() {
    TableRows rows = TableRows.activity();
    for (int ip = 0; ip < ReportDefinitions.TOP_N + 5; ip++) {
      for (int f = 0; f <= ip % 3; f++) {
        signIn(rows, "Fail").set(IP_ADDRESS, "10.0.0." + ip);
      }
    }
    signIn(rows, "Pass").set(IP_ADDRESS, "192.0.2.1");
    signIn(rows, "Fail"); // no IP: not ranked
    List<Row> top = ReportDefinitions.topFailingIps(rows.toDataset()).orderBy(RANK).collectAsList();
    assertThat(top).hasSize(ReportDefinitions.TOP_N);
    assertThat(top.get(0).<Integer>getAs(RANK)).isEqualTo(1);
    assertThat(top.get(0).<Long>getAs(FAILURES)).isEqualTo(3L);
    // Ties break by events, then by the address itself, so the ranking is the same every run.
    assertThat(top.get(0).<String>getAs(IP_ADDRESS)).isEqualTo("10.0.0.101");
    assertThat(top).extracting(r -> r.<String>getAs(IP_ADDRESS)).doesNotContain("192.0.2.1").doesNotContainNull();
  }

  @Test
  void topFailingUsersCountTheirDistinctIps() {
    TableRows rows = TableRows.activity();
    signIn(rows, "Fail").set(USER_NAME, "jane").set(IP_ADDRESS, "198.51.100.1");
    signIn(rows, "Fail").set(USER_NAME, "jane").set(IP_ADDRESS, "198.51.100.2");
    signIn(rows, "Pass").set(USER_NAME, "jane").set(IP_ADDRESS, "198.51.100.2");
    Row jane = single(ReportDefinitions.topFailingUsers(rows.toDataset()));
    assertThat(jane.<Long>getAs(DISTINCT_IPS)).isEqualTo(2L);
    assertThat(jane.<Long>getAs(FAILURES)).isEqualTo(2L);
    assertThat(jane.<Double>getAs(FAILURE_RATE)).isEqualTo(2.0 / 3);
  }

  @Test
  void hourlyActivityUsesUtcHours() {
    // The test JVM runs in America/Bahia_Banderas; 23:30 UTC is 17:30 there.
    TableRows rows = TableRows.activity();
    signIn(rows, "Pass").set(EVENT_TIME, java.time.Instant.parse("2026-03-01T23:30:00Z"));
    assertThat(single(ReportDefinitions.hourlyActivity(rows.toDataset())).<Integer>getAs(EVENT_HOUR)).isEqualTo(23);
  }

  @ParameterizedTest
  @EnumSource(Report.class)
  void everyReportHasExactlyItsDeclaredSchemaEvenOnAnEmptyTable(Report report) {
    ReportInputs empty = new ReportInputs(TableRows.activity().toDataset(), TableRows.notifications().toDataset());
    Dataset<Row> result = report.compute(empty);
    assertThat(result.schema().fieldNames()).containsExactly(report.schema().fieldNames());
    for (var field : report.schema().fields()) {
      assertThat(result.schema().apply(field.name()).dataType()).as(field.name()).isEqualTo(field.dataType());
    }
    assertThat(result.count()).isZero();
  }

  @Test
  void theFiveProductReportsKeepTheirExactColumns() {
    assertThat(ReportSchemas.RISK_DECISIONS.fieldNames()).containsExactly("user_pool_id", "event_date", "event_type", "risk_decision", "risk_level", "events", "users", "compromised_credentials");
    assertThat(ReportSchemas.FAILURE_RATES.fieldNames()).containsExactly("user_pool_id", "event_date", "event_type", "client_id", "attempts", "failures", "failure_rate", "mfa_failures");
    assertThat(ReportSchemas.DEVICES.fieldNames()).containsExactly("user_pool_id", "device_os", "device_browser", "events", "users", "failures", "failure_rate", "risky_events");
    assertThat(ReportSchemas.GEOGRAPHY.fieldNames()).containsExactly("user_pool_id", "country_code", "country", "events", "users", "failures", "failure_rate", "risky_events");
    assertThat(ReportSchemas.NOTIFICATION_FAILURES.fieldNames()).containsExactly("user_pool_id", "event_date", "error_channel", "error_class", "errors");
  }
}
