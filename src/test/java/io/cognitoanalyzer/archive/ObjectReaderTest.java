package io.cognitoanalyzer.archive;

import static io.cognitoanalyzer.testing.Fixtures.decodeAll;
import static io.cognitoanalyzer.testing.Fixtures.dir;
import static io.cognitoanalyzer.testing.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Decoded;
import io.cognitoanalyzer.normalize.NotificationEvent;
import io.cognitoanalyzer.normalize.QuarantineReason;
import io.cognitoanalyzer.normalize.Rejection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // fixture dir,   layout,            activity records, notifications, rejections
    "vended_s3,        vended_s3,         2, 0, 0",
    "firehose,         firehose,          4, 0, 0",
    "firehose_crlf,    firehose,          2, 0, 0",
    "cwl_export,       cwl_export,        3, 1, 0",
    "cwl_subscription, cwl_subscription,  2, 0, 0",
    "nested_gzip,      cwl_subscription,  2, 0, 0",
    "api_dump,         api_dump,          2, 0, 0",
  })
  void decodesEveryLayout(String fixture, String layout, int activity, int notifications, int rejections) {
    List<Decoded> items = decodeAll(dir("layouts/" + fixture));
    assertThat(only(items, ActivityEvent.class)).hasSize(activity).allSatisfy(e -> assertThat(e.sourceFormat).isEqualTo(layout));
    assertThat(only(items, NotificationEvent.class)).hasSize(notifications);
    assertThat(only(items, Rejection.class)).hasSize(rejections);
    assertThat(only(items, ObjectSummary.class)).allSatisfy(s -> assertThat(s.sourceFormat()).isEqualTo(layout));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // fixture dir,          expected reason,         rejections, good records around it
    "empty_object,           empty_object,            1, 0",
    "binary_object,          binary_object,           1, 0",
    "unsupported_compression, unsupported_compression, 1, 0",
    "truncated_gzip,         truncated_gzip,          1, -1",
    "malformed_json,         malformed_json,          2, 2",
    "firehose_error_record,  firehose_error_record,   1, 0",
    "missing_event_time,     missing_event_time,      1, 0",
    "unknown_event_source,   unknown_event_source,    1, 0",
    "missing_event_id,       missing_event_id,        1, 0",
    "missing_user_pool_id,   missing_user_pool_id,    1, 0",
    "unrecognized_record,    unrecognized_record,     1, 0",
    "cwl_message_not_json,   malformed_json,          1, 1",
  })
  void quarantinesEachMalformedCaseWithItsReason(String fixture, String reason, int rejections, int good) {
    List<Decoded> items = decodeAll(dir("malformed/" + fixture));
    assertThat(only(items, Rejection.class))
        .hasSize(rejections)
        .allSatisfy(r -> assertThat(r.reason().code()).isEqualTo(reason))
        .allSatisfy(r -> assertThat(r.detail()).isNotBlank());
    if (good >= 0) {
      assertThat(only(items, ActivityEvent.class)).hasSize(good);
    }
  }

  @Test
  void truncatedGzipKeepsEveryRecordBeforeTheCut() {
    List<Decoded> items = decodeAll(dir("malformed/truncated_gzip"));
    List<ActivityEvent> kept = only(items, ActivityEvent.class);
    // The fixture holds t0..t39; the cut is in the middle, so some but not all survive, in order.
    assertThat(kept).hasSizeBetween(1, 39);
    for (int i = 0; i < kept.size(); i++) {
      assertThat(kept.get(i).eventId).isEqualTo("t" + i);
    }
    Rejection cut = only(items, Rejection.class).get(0);
    assertThat(cut.recordOffset()).isNotNull();
  }

  @Test
  void objectLevelRejectionsHaveNoOffsetAndRecordLevelOnesDo() {
    assertThat(only(decodeAll(dir("malformed/empty_object")), Rejection.class).get(0).recordOffset()).isNull();
    List<Rejection> garbage = only(decodeAll(dir("malformed/malformed_json")), Rejection.class);
    assertThat(garbage).extracting(Rejection::recordOffset).doesNotContainNull();
    assertThat(garbage.get(1).raw()).isEqualTo("this is not json");
  }

  @Test
  void controlMessagesAreSkippedAndCounted() {
    List<Decoded> items = decodeAll(dir("layouts/cwl_subscription"));
    ObjectSummary summary = only(items, ObjectSummary.class).get(0);
    assertThat(summary.controlMessages()).isEqualTo(1);
    assertThat(summary.records()).isEqualTo(2);
  }

  @Test
  void envelopeTimestampIsTheLastResortForEventTime() {
    ActivityEvent s2 =
        only(decodeAll(dir("layouts/cwl_subscription")), ActivityEvent.class).stream()
            .filter(e -> e.eventId.equals("s2"))
            .findFirst()
            .orElseThrow();
    assertThat(s2.eventTime).isEqualTo(Instant.ofEpochMilli(1765874960000L));
  }

  @Test
  void exportLinesKeepTheirTimestampOnlyAsFallback() {
    List<ActivityEvent> events = only(decodeAll(dir("layouts/cwl_export")), ActivityEvent.class);
    // eventTimestamp wins over the line's CloudWatch timestamp.
    assertThat(events).extracting(e -> e.eventTime.toEpochMilli()).containsExactly(1765874910000L, 1765874825000L, 1765874910000L);
  }

  @Test
  void apiDumpTakesPoolAndUserFromTheKey() {
    List<ActivityEvent> events = only(decodeAll(dir("layouts/api_dump")), ActivityEvent.class);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.userPoolId).isEqualTo("us-east-1_Zz9Yy8Xx7");
      assertThat(e.userName).isEqualTo("jane.doe");
    });
    ActivityEvent first = events.get(0);
    assertThat(first.eventTime).isEqualTo(Instant.parse("2024-08-09T17:03:18.200Z"));
    assertThat(first.riskDecision).isEqualTo("AccountTakeover");
    assertThat(first.compromisedCredentials).isTrue();
    assertThat(first.mfaResult).isEqualTo("Success");
    assertThat(first.city).isNull();
    assertThat(first.countryCode).isEqualTo("US");
    assertThat(first.feedbackValue).isEqualTo("Valid");
    assertThat(first.extraFields).containsEntry("EventContextData.Timezone", "-07:00");
    assertThat(events.get(1).eventTime).isEqualTo(Instant.parse("2024-06-27T17:49:59.139Z"));
  }

  @Test
  void reasonCodesAreStable() {
    assertThat(QuarantineReason.TRUNCATED_GZIP.code()).isEqualTo("truncated_gzip");
    assertThat(QuarantineReason.FIREHOSE_ERROR_RECORD.code()).isEqualTo("firehose_error_record");
  }

  @Test
  void aGzipCutInsideItsHeaderIsAnObjectLevelRejectionNotARecord(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    java.nio.file.Path cut = tmp.resolve("cut.gz");
    java.nio.file.Files.write(cut, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
    List<Decoded> items;
    try (ObjectReader reader =
        new ObjectReader(cut.toUri().toString(), 5, KeyHints.of("/cut.gz"), () -> java.nio.file.Files.newInputStream(cut))) {
      items = new java.util.ArrayList<>();
      reader.forEachRemaining(items::add);
    }
    Rejection rejection = only(items, Rejection.class).get(0);
    assertThat(rejection.reason()).isEqualTo(QuarantineReason.TRUNCATED_GZIP);
    assertThat(rejection.recordOffset()).isNull();
    // Object-level rejections are not records: the manifest's records_read must still add up.
    assertThat(only(items, ObjectSummary.class).get(0).records()).isZero();
  }

  /**
   * Thousands of records, many read buffers long, cut mid-gzip: every record before the cut loads,
   * in order, and the quarantined cut starts exactly where the first missing record starts.
   */
  @Test
  void aLongTruncatedGzipKeepsEveryRecordBeforeTheCutAndOnlyThose() throws Exception {
    java.nio.file.Path fixture =
        dir("layouts/firehose").resolve("amazon_cognito/2025/12/16/08/cognito-stream-1-2025-12-16-08-50-00-0d7c5b5e-1111-2222-3333-444455556666");
    String line = java.nio.file.Files.readAllLines(fixture).get(0);
    String template = line.substring(0, line.indexOf("}{") + 1); // its first record of several
    assertThat(template).contains("\"eventId\":\"e1\"");
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    List<Long> offsets = new java.util.ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      offsets.add((long) text.size());
      text.writeBytes((template.replace("\"eventId\":\"e1\"", "\"eventId\":\"t" + i + "\"") + (i % 3 == 0 ? "" : "\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    java.io.ByteArrayOutputStream gzip = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gzip)) {
      out.write(text.toByteArray());
    }
    byte[] cut = java.util.Arrays.copyOf(gzip.toByteArray(), gzip.size() * 3 / 5);

    List<Decoded> items = new java.util.ArrayList<>();
    try (ObjectReader reader =
        new ObjectReader("s3a://b/amazon_cognito/2025/12/16/08/x-1-2025-12-16-08-00-00-y", cut.length, KeyHints.of("/amazon_cognito/2025/12/16/08/x-1-2025-12-16-08-00-00-y"), () -> new java.io.ByteArrayInputStream(cut))) {
      reader.forEachRemaining(items::add);
    }
    List<ActivityEvent> kept = only(items, ActivityEvent.class);
    assertThat(kept).hasSizeBetween(1000, 3999);
    for (int i = 0; i < kept.size(); i++) {
      assertThat(kept.get(i).eventId).isEqualTo("t" + i);
    }
    assertThat(only(items, Rejection.class))
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(QuarantineReason.TRUNCATED_GZIP))
        .satisfies(r -> assertThat(r.recordOffset()).isEqualTo(offsets.get(kept.size())));
    assertThat(only(items, ObjectSummary.class).get(0).records()).isEqualTo(kept.size() + 1L);
  }
}
