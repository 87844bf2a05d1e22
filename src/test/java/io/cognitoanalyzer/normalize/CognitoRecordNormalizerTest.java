package io.cognitoanalyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CognitoRecordNormalizerTest {

  /** The real record from the notes (S2), with its redactions. */
  static final String REAL =
      "{\"eventTimestamp\":\"1765874825000\",\"eventSource\":\"USER_AUTH_EVENTS\",\"logLevel\":\"INFO\",\"message\":{\"version\":\"1\",\"eventId\":\"00f226ae-558c-4468-b994-7d3f06c4d13f\",\"eventType\":\"SignIn\",\"userSub\":\"d3b40862-40c1-70e7-603b-5136a505d5f7\",\"userName\":\"acf7774a-0b57-4c9a-89a1-a31a5fe46ea6\",\"userPoolId\":\"eu-central-1-manual-testing\",\"clientId\":\"xxxxxx\",\"creationDate\":\"Mon Dec 16 07:43:24 UTC 2025\",\"eventResponse\":\"InProgress\",\"riskLevel\":\"\",\"riskDecision\":\"PASS\",\"challenges\":[\"Password:Success\"],\"deviceName\":\"SM-S931B\",\"ipAddress\":\"0000:0000:0000:0000:0000:000:0000:0000\",\"requestId\":\"00f226ae-558c-4468-b994-7d3f06c4d13f\",\"idpName\":\"\",\"compromisedCredentialDetected\":\"false\",\"city\":\"xxxxxx\",\"country\":\"xxxxxx\",\"eventFeedbackValue\":\"\",\"eventFeedbackDate\":\"\",\"eventFeedbackProvider\":\"\",\"hasContextData\":\"true\"},\"logSourceId\":{\"userPoolId\":\"eu-central-1-manual-testing\"}}";

  static final RecordOrigin ORIGIN = new RecordOrigin("vended_s3", "s3a://b/k", 0, null, null, null);

  static ObjectNode real() throws Exception {
    return (ObjectNode) Json.MAPPER.readTree(REAL);
  }

  static ObjectNode message(ObjectNode record) {
    return (ObjectNode) record.get("message");
  }

  static ActivityEvent activity(JsonNode record) {
    Decoded d = CognitoRecordNormalizer.normalize(record, ORIGIN);
    assertThat(d).isInstanceOf(ActivityEvent.class);
    return (ActivityEvent) d;
  }

  static Rejection rejection(JsonNode record, RecordOrigin origin) {
    Decoded d = CognitoRecordNormalizer.normalize(record, origin);
    assertThat(d).isInstanceOf(Rejection.class);
    return (Rejection) d;
  }

  @Test
  void normalizesTheRealRecord() throws Exception {
    ActivityEvent e = activity(real());
    assertThat(e.eventId).isEqualTo("00f226ae-558c-4468-b994-7d3f06c4d13f");
    assertThat(e.eventTime).isEqualTo(Instant.ofEpochMilli(1765874825000L));
    assertThat(e.eventDate()).hasToString("2025-12-16");
    assertThat(e.eventResponse).isEqualTo("InProgress");
    assertThat(e.riskDecision).isEqualTo("NoRisk");
    assertThat(e.riskLevel).isNull();
    assertThat(e.compromisedCredentials).isFalse();
    assertThat(e.hasContextData).isTrue();
    assertThat(e.challenges).containsExactly(new Challenge("Password", "Success"));
    assertThat(e.mfaResult).isNull();
    assertThat(e.deviceName).isEqualTo("SM-S931B");
    assertThat(e.deviceBrowser).isNull();
    assertThat(e.deviceOs).isNull();
    assertThat(e.idpName).isNull();
    assertThat(e.feedbackValue).isNull();
    assertThat(e.feedbackTime).isNull();
    assertThat(e.userPoolId).isEqualTo("eu-central-1-manual-testing");
    assertThat(e.logVersion).isEqualTo("1");
    assertThat(e.extraFields).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MISSING", "JSON_NULL", "", "null"})
  void everySpellingOfAbsenceIsNull(String spelling) throws Exception {
    ObjectNode r = real();
    ObjectNode m = message(r);
    for (String field : new String[] {"city", "riskDecision", "userSub", "compromisedCredentialDetected"}) {
      switch (spelling) {
        case "MISSING" -> m.remove(field);
        case "JSON_NULL" -> m.putNull(field);
        default -> m.put(field, spelling);
      }
    }
    ActivityEvent e = activity(r);
    assertThat(e.city).isNull();
    assertThat(e.riskDecision).isNull();
    assertThat(e.userSub).isNull();
    assertThat(e.compromisedCredentials).isNull();
  }

  @Test
  void scalarsMayBeStringsOrJsonValues() throws Exception {
    ObjectNode r = real();
    r.put("eventTimestamp", 1687297330677L);
    message(r).put("compromisedCredentialDetected", true);
    message(r).put("hasContextData", "FALSE");
    message(r).put("version", 1);
    ActivityEvent e = activity(r);
    assertThat(e.eventTime).isEqualTo(Instant.ofEpochMilli(1687297330677L));
    assertThat(e.compromisedCredentials).isTrue();
    assertThat(e.hasContextData).isFalse();
    assertThat(e.logVersion).isEqualTo("1");
  }

  @Test
  void eventTimeFallsBackToCreationDateWithAWrongWeekday() throws Exception {
    ObjectNode r = real();
    r.put("eventTimestamp", "garbage");
    // 16 Dec 2025 is a Tuesday; the real file says Monday.
    assertThat(activity(r).eventTime).isEqualTo(Instant.parse("2025-12-16T07:43:24Z"));
    message(r).put("creationDate", "Wed Jul 7 17:25:55 UTC 2024");
    assertThat(activity(r).eventTime).isEqualTo(Instant.parse("2024-07-07T17:25:55Z"));
  }

  /** Numbers no epoch unit makes a date of, some too large for a long even in nanoseconds. */
  @ParameterizedTest
  @ValueSource(strings = {"1765e74825000", "1e400", "1E+2147483647", "-1765874825000", "1e-9", "123456789012345678901234567890"})
  void eventTimeFallsBackToCreationDateWhenTheEpochIsOutOfRange(String epoch) throws Exception {
    ObjectNode r = real();
    r.put("eventTimestamp", epoch);
    assertThat(activity(r).eventTime).isEqualTo(Instant.parse("2025-12-16T07:43:24Z"));
    r.put("eventTimestamp", new java.math.BigDecimal(epoch));
    assertThat(activity(r).eventTime).isEqualTo(Instant.parse("2025-12-16T07:43:24Z"));
  }

  @Test
  void eventTimeFallsBackToTheCloudWatchTimestampLast() throws Exception {
    ObjectNode r = real();
    r.remove("eventTimestamp");
    message(r).put("creationDate", "");
    Instant cw = Instant.parse("2025-12-16T08:47:06Z");
    Decoded d = CognitoRecordNormalizer.normalize(r, ORIGIN.withFallbackTime(cw));
    assertThat(((ActivityEvent) d).eventTime).isEqualTo(cw);
    assertThat(rejection(r, ORIGIN).reason()).isEqualTo(QuarantineReason.MISSING_EVENT_TIME);
  }

  @Test
  void epochSecondsAreToldFromMillisecondsByTheirSize() throws Exception {
    ObjectNode r = real();
    r.put("eventTimestamp", "1765874825");
    assertThat(activity(r).eventTime).isEqualTo(Instant.ofEpochSecond(1765874825L));
  }

  @ParameterizedTest
  @CsvSource({
    "PASS, NoRisk",
    "NoRisk, NoRisk",
    "NO_RISK, NoRisk",
    "BLOCK, Block",
    "Block, Block",
    "ACCOUNT_TAKEOVER, AccountTakeover",
    "SOMETHING_NEW, SOMETHING_NEW"
  })
  void riskDecisionsAreCanonical(String raw, String expected) throws Exception {
    ObjectNode r = real();
    message(r).put("riskDecision", raw);
    assertThat(activity(r).riskDecision).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"LOW, Low", "medium, Medium", "High, High", "hIgH, High"})
  void riskLevelsAreCanonical(String raw, String expected) throws Exception {
    ObjectNode r = real();
    message(r).put("riskLevel", raw);
    assertThat(activity(r).riskLevel).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"valid, Valid", "INVALID, Invalid", "Valid, Valid"})
  void feedbackValuesAreCanonical(String raw, String expected) throws Exception {
    ObjectNode r = real();
    message(r).put("eventFeedbackValue", raw);
    message(r).put("eventFeedbackDate", "1765874900000");
    ActivityEvent e = activity(r);
    assertThat(e.feedbackValue).isEqualTo(expected);
    assertThat(e.feedbackTime).isEqualTo(Instant.ofEpochMilli(1765874900000L));
  }

  @Test
  void mfaResultIsTheFirstChallengeThatIsNotPassword() throws Exception {
    ObjectNode r = real();
    message(r).putArray("challenges").add("Password:Success").add("Mfa:Failure").add("Mfa:Success");
    ActivityEvent e = activity(r);
    assertThat(e.challenges).extracting(Challenge::name, Challenge::result).hasSize(3);
    assertThat(e.mfaResult).isEqualTo("Failure");
  }

  @Test
  void challengesMayBeObjects() throws Exception {
    ObjectNode r = real();
    message(r).putArray("challenges").addObject().put("challengeName", "Mfa").put("challengeResponse", "Success");
    assertThat(activity(r).challenges).containsExactly(new Challenge("Mfa", "Success"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Chrome Mobile 125, Android 14 | Chrome Mobile | Android",
        "Chrome 126, Windows 10 | Chrome | Windows",
        "Safari 17, Mac OS X 10.15.7 | Safari | Mac OS X",
        "Other, Other | Other | Other",
        "Mobile Safari 17.5, iOS 17.5.1 | Mobile Safari | iOS",
      })
  void deviceNamesSplitAtTheLastComma(String device, String browser, String os) throws Exception {
    ObjectNode r = real();
    message(r).put("deviceName", device);
    ActivityEvent e = activity(r);
    assertThat(e.deviceBrowser).isEqualTo(browser);
    assertThat(e.deviceOs).isEqualTo(os);
  }

  @ParameterizedTest
  @CsvSource({
    "United States, US",
    "Switzerland, CH",
    "Germany, DE",
    "Russia, RU",
    "South Korea, KR",
    "united kingdom, GB",
    "Côte d'Ivoire, CI",
    "Atlantis,"
  })
  void countryCodesComeFromEnglishNames(String country, String code) throws Exception {
    ObjectNode r = real();
    message(r).put("country", country);
    assertThat(activity(r).countryCode).isEqualTo(code);
  }

  @Test
  void poolComesFromLogSourceIdThenMessageThenKey() throws Exception {
    ObjectNode r = real();
    ((ObjectNode) r.get("logSourceId")).put("userPoolId", "from-logsource");
    message(r).put("userPoolId", "from-message");
    RecordOrigin keyed = new RecordOrigin("firehose", "k", 0, null, "from-key", null);
    assertThat(((ActivityEvent) CognitoRecordNormalizer.normalize(r, keyed)).userPoolId).isEqualTo("from-logsource");
    r.remove("logSourceId");
    assertThat(((ActivityEvent) CognitoRecordNormalizer.normalize(r, keyed)).userPoolId).isEqualTo("from-message");
    message(r).remove("userPoolId");
    assertThat(((ActivityEvent) CognitoRecordNormalizer.normalize(r, keyed)).userPoolId).isEqualTo("from-key");
    assertThat(rejection(r, ORIGIN).reason()).isEqualTo(QuarantineReason.MISSING_USER_POOL_ID);
  }

  @Test
  void unknownMessageKeysGoToExtraFields() throws Exception {
    ObjectNode r = real();
    message(r).put("authFlow", "USER_SRP_AUTH");
    message(r).putObject("additionalFields").put("a", 1);
    ActivityEvent e = activity(r);
    assertThat(e.extraFields).containsEntry("authFlow", "USER_SRP_AUTH").containsEntry("additionalFields", "{\"a\":1}");
  }

  @Test
  void bothActivitySpellingsAreActivityAndNotificationsAreNotifications() throws Exception {
    ObjectNode r = real();
    r.put("eventSource", "USER_ACTIVITY");
    assertThat(activity(r).eventId).isNotNull();
    ObjectNode n = (ObjectNode) Json.MAPPER.readTree(
        "{\"eventTimestamp\":\"1687297330677\",\"eventSource\":\"USER_NOTIFICATION\",\"logLevel\":\"ERROR\",\"message\":{\"details\":\"Email delivery failed: SES throttling, Maximum sending rate exceeded\"},\"logSourceId\":{\"userPoolId\":\"us-west-2_EXAMPLE\"}}");
    Decoded d = CognitoRecordNormalizer.normalize(n, ORIGIN);
    assertThat(d).isInstanceOf(NotificationEvent.class);
    NotificationEvent ne = (NotificationEvent) d;
    assertThat(ne.errorChannel()).isEqualTo("email");
    assertThat(ne.errorClass()).isEqualTo("throttled");
    assertThat(ne.logLevel()).isEqualTo("ERROR");
    assertThat(ne.recordKey()).hasSize(32).isEqualTo(((NotificationEvent) CognitoRecordNormalizer.normalize(n, ORIGIN)).recordKey());
  }

  @Test
  void unknownEventSourceAndMissingEventIdAreQuarantined() throws Exception {
    ObjectNode r = real();
    r.put("eventSource", "USER_SOMETHING_NEW");
    assertThat(rejection(r, ORIGIN).reason()).isEqualTo(QuarantineReason.UNKNOWN_EVENT_SOURCE);
    ObjectNode noId = real();
    message(noId).remove("eventId");
    Rejection rej = rejection(noId, ORIGIN);
    assertThat(rej.reason()).isEqualTo(QuarantineReason.MISSING_EVENT_ID);
    assertThat(rej.raw()).contains("SM-S931B");
  }
}
