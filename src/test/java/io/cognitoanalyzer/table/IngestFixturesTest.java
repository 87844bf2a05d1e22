package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;

import io.cognitoanalyzer.testing.Fixtures;
import io.cognitoanalyzer.testing.Tables;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest over the hand-made fixture archives, whose every expected row is known. */
class IngestFixturesTest {
  static final String POOL = "eu-central-1_AbCd12345";

  @TempDir static Path tmp;
  static String table;
  static RunManifest manifest;
  static Map<String, Row> byEventId;

  @BeforeAll
  static void ingest() {
    table = tmp.resolve("table").toUri().toString();
    manifest = Tables.ingest(Fixtures.dir("layouts").toUri().toString(), table);
    byEventId =
        Tables.activity(table).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs(EVENT_ID), r -> r));
  }

  @Test
  void testsRunOutsideUtcSoThatZoneBugsShow() {
    assertThat(TimeZone.getDefault().getRawOffset()).isNotZero();
  }

  @Test
  void oneRowPerPoolAndEventId() {
    assertThat(byEventId.keySet())
        .containsExactlyInAnyOrder(
            "00f226ae-558c-4468-b994-7d3f06c4d13f", "e1", "e2", "e3", "c1", "c2", "x1", "s1", "s2", "api-1", "api-2");
    assertThat(manifest.rowsWritten()).containsEntry("user_activity", 11L).containsEntry("user_notification", 1L);
  }

  @Test
  void terminalResponseWinsOverInProgressAndAttributesComeFromTheWinner() {
    Row vended = byEventId.get("00f226ae-558c-4468-b994-7d3f06c4d13f");
    assertThat((String) vended.getAs(EVENT_RESPONSE)).isEqualTo("Pass");
    assertThat((Instant) vended.getAs(EVENT_TIME)).isEqualTo(Instant.ofEpochMilli(1765874830000L));
    assertThat((Integer) vended.getAs(RECORD_COUNT)).isEqualTo(2);
    assertThat((String) vended.getAs(SOURCE_FORMAT)).isEqualTo("vended_s3");
    Row e2 = byEventId.get("e2");
    assertThat((String) e2.getAs(EVENT_RESPONSE)).isEqualTo("Fail");
    assertThat((String) e2.getAs(MFA_RESULT)).isEqualTo("Failure");
    assertThat((String) e2.getAs(DEVICE_BROWSER)).isEqualTo("Chrome Mobile");
    assertThat((String) e2.getAs(DEVICE_OS)).isEqualTo("Android");
    assertThat((Integer) e2.getAs(RECORD_COUNT)).isEqualTo(2);
  }

  @Test
  void exactDuplicatesAcrossTasksAndLayoutsFoldIntoOneRow() {
    Row x1 = byEventId.get("x1");
    assertThat((Integer) x1.getAs(RECORD_COUNT)).isEqualTo(3);
    assertThat((String) x1.getAs(SOURCE_FORMAT)).isEqualTo("cwl_export");
    Row s1 = byEventId.get("s1");
    assertThat((Integer) s1.getAs(RECORD_COUNT)).isEqualTo(2);
    // The same envelope arrived plain-gzip and gzip-in-gzip; the lower object URI supplies provenance.
    assertThat((String) s1.getAs(SOURCE_OBJECT)).contains("/layouts/cwl_subscription/");
    assertThat((Instant) byEventId.get("s2").getAs(EVENT_TIME)).isEqualTo(Instant.ofEpochMilli(1765874960000L));
  }

  @Test
  void manifestAccountsForEveryRecord() {
    assertThat(manifest.activityRecords()).isEqualTo(17);
    assertThat(manifest.exactDuplicatesDropped()).isEqualTo(3);
    assertThat(manifest.statesFolded()).isEqualTo(3);
    assertThat(manifest.notificationRecords()).isEqualTo(1);
    assertThat(manifest.controlMessagesSkipped()).isEqualTo(2);
    assertThat(manifest.recordsRead())
        .isEqualTo(manifest.activityRecords() + manifest.notificationRecords() + manifest.quarantinedRecords());
    long recordCounts = Tables.activity(table).agg(org.apache.spark.sql.functions.sum(RECORD_COUNT)).first().getLong(0);
    assertThat(recordCounts + manifest.activityRecordsOutsideFilter()).isEqualTo(manifest.activityRecords());
    assertThat(manifest.inputsRead().perLayout().keySet())
        .containsExactlyInAnyOrder("vended_s3", "firehose", "cwl_export", "cwl_subscription", "api_dump");
    assertThat(manifest.partitionsWritten())
        .contains("user_activity/user_pool_id=" + POOL + "/event_date=2025-12-16", "user_activity/user_pool_id=us-east-1_Zz9Yy8Xx7/event_date=2024-08-09");
  }

  @Test
  void eventDateIsTheUtcDayOfEventTime() {
    for (Row r : byEventId.values()) {
      Instant time = r.getAs(EVENT_TIME);
      assertThat((LocalDate) r.getAs(EVENT_DATE)).isEqualTo(LocalDate.ofInstant(time, ZoneOffset.UTC));
    }
    // 03:00 UTC is the previous evening in the test JVM's zone.
    assertThat((LocalDate) byEventId.get("e3").getAs(EVENT_DATE)).isEqualTo(LocalDate.of(2025, 12, 16));
  }

  @Test
  void tableSchemaOnDiskIsTheDeclaredOne() {
    assertThat(Tables.activity(table).schema().fieldNames()).containsExactly(TableSchemas.USER_ACTIVITY.fieldNames());
    assertThat(Tables.activity(table).schema().fields())
        .extracting(f -> f.dataType().simpleString())
        .containsExactly(java.util.Arrays.stream(TableSchemas.USER_ACTIVITY.fields()).map(f -> f.dataType().simpleString()).toArray(String[]::new));
    assertThat(Tables.notifications(table).schema().fieldNames()).containsExactly(TableSchemas.USER_NOTIFICATION.fieldNames());
  }

  @Test
  void extraFieldsAndChallengesRoundTrip() {
    Row api1 = byEventId.get("api-1");
    Map<String, String> extra = api1.getJavaMap(api1.fieldIndex(EXTRA_FIELDS));
    assertThat(extra).containsEntry("EventContextData.Timezone", "-07:00");
    List<Row> challenges = api1.getList(api1.fieldIndex(CHALLENGES));
    assertThat(challenges).extracting(c -> c.getString(0) + ":" + c.getString(1)).containsExactly("Password:Success", "Mfa:Success");
    assertThat((Boolean) api1.getAs(COMPROMISED_CREDENTIALS)).isTrue();
  }

  @Test
  void notificationsAreClassified() {
    Row n = Tables.notifications(table).first();
    assertThat((String) n.getAs(ERROR_CHANNEL)).isEqualTo("sms");
    assertThat((String) n.getAs(ERROR_CLASS)).isEqualTo("opted_out");
    assertThat((String) n.getAs(USER_POOL_ID)).isEqualTo(POOL);
    assertThat((String) n.getAs(SOURCE_FORMAT)).isEqualTo("cwl_export");
  }

  @Test
  void rerunningGivesIdenticalTables() {
    List<String> activity = Tables.sortedRows(Tables.activity(table));
    List<String> notifications = Tables.sortedRows(Tables.notifications(table));
    RunManifest again = Tables.ingest(Fixtures.dir("layouts").toUri().toString(), table);
    assertThat(again.runId()).isNotEqualTo(manifest.runId());
    assertThat(Tables.sortedRows(Tables.activity(table))).isEqualTo(activity);
    assertThat(Tables.sortedRows(Tables.notifications(table))).isEqualTo(notifications);
  }

  @Test
  void malformedInputGoesToQuarantineWithItsReasonAndTheRestLoads() {
    String t = tmp.resolve("malformed-table").toUri().toString();
    RunManifest m = Tables.ingest(Fixtures.dir("malformed").toUri().toString(), t);
    Dataset<Row> q = Tables.quarantine(t);
    Map<String, Long> byReason =
        q.groupBy(REASON).count().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    assertThat(byReason)
        .containsEntry("empty_object", 1L)
        .containsEntry("binary_object", 1L)
        .containsEntry("unsupported_compression", 1L)
        .containsEntry("truncated_gzip", 1L)
        .containsEntry("malformed_json", 3L)
        .containsEntry("firehose_error_record", 1L)
        .containsEntry("missing_event_time", 1L)
        .containsEntry("unknown_event_source", 1L)
        .containsEntry("missing_event_id", 1L)
        .containsEntry("missing_user_pool_id", 1L)
        .containsEntry("unrecognized_record", 1L);
    assertThat(m.quarantinedByReason()).isEqualTo(new java.util.TreeMap<>(byReason));
    assertThat(q.where(col(INGEST_RUN).equalTo(m.runId())).count()).isEqualTo(q.count());
    assertThat(q.where(col(SOURCE_OBJECT).isNull().or(col(DETAIL).isNull())).count()).isZero();
    // The good records around the bad ones still load.
    assertThat(Tables.activity(t).where(col(EVENT_ID).isin("g1", "g2", "ok1", "t0")).count()).isEqualTo(4);
  }

  @Test
  @org.junit.jupiter.api.Timeout(180)
  void anArchiveWithoutActivityRecordsCompletesWithZeroRows() throws java.io.IOException {
    // Only a zero-byte object: every shuffle is empty. The run must finish, not wait for counts.
    String t = tmp.resolve("no-activity").toUri().toString();
    RunManifest m = Tables.ingest(Fixtures.dir("malformed/empty_object").toUri().toString(), t);
    assertThat(m.rowsWritten()).containsEntry("user_activity", 0L).containsEntry("quarantine", 1L);
    assertThat(m.activityRecords()).isZero();
    Path empty = java.nio.file.Files.createDirectories(tmp.resolve("empty-input"));
    RunManifest none = Tables.ingest(empty.toUri().toString(), tmp.resolve("empty-table").toUri().toString());
    assertThat(none.recordsRead()).isZero();
    assertThat(none.inputsRead().objects()).isZero();
  }
}
