package io.cognitoanalyzer.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the sample archive against an independent, deliberately simple reader written here, so
 * the summary is verified against the bytes on disk rather than against the generator's own
 * bookkeeping.
 */
class SampleArchiveTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int EVENTS = 300;
  private static final long SEED = 7;

  private static final Pattern VENDED =
      Pattern.compile(
          "amazon_cognito/AWSLogs/\\d{12}/AWSCognitoServiceLogs/[a-z0-9-]+/[a-z0-9-]+_[A-Za-z0-9]+/USER_AUTH_EVENTS/"
              + "\\d{12}_aws_cognito_service_logs_[a-z0-9-]+_[a-z0-9-]+_[A-Za-z0-9]+_userAuthEvents_INFO_S3_"
              + "[0-9a-f-]{36}_cognito-[a-z0-9-]+_[A-Za-z0-9]+_USER_AUTH_EVENTS_2026\\d{4}_[0-9a-f]{8}\\.log\\.gz");
  private static final String FIREHOSE_NAME =
      "cognito-auth-events-1-\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-[0-9a-f-]{36}";
  private static final Pattern FIREHOSE =
      Pattern.compile("amazon_cognito/firehose/2026/\\d{2}/\\d{2}/\\d{2}/" + FIREHOSE_NAME + "(\\.gz)?");
  private static final Pattern FIREHOSE_HIVE =
      Pattern.compile(
          "amazon_cognito/firehose-hive/year=2026/month=\\d{2}/day=\\d{2}/hour=\\d{2}/" + FIREHOSE_NAME + "(\\.gz)?");
  private static final Pattern FIREHOSE_FAILED =
      Pattern.compile("amazon_cognito/firehose/processing-failed/2026/\\d{2}/\\d{2}/\\d{2}/" + FIREHOSE_NAME);
  private static final Pattern EXPORT =
      Pattern.compile("amazon_cognito/exportedlogs/[0-9a-f-]{36}/[^/]+/\\d{6}\\.gz");
  private static final Pattern SUBSCRIPTION =
      Pattern.compile(
          "amazon_cognito/cwl-firehose/2026/\\d{2}/\\d{2}/\\d{2}/cognito-cwl-to-s3-1-\\d{4}(-\\d{2}){5}-[0-9a-f-]{36}");
  private static final Pattern API_DUMP =
      Pattern.compile("amazon_cognito/api-dumps/[a-z0-9-]+_[A-Za-z0-9]+/[^/]+/page-\\d{4}\\.json");
  private static final Pattern CREATION_DATE =
      Pattern.compile("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{2} \\d{2}:\\d{2}:\\d{2} UTC \\d{4}");

  @TempDir static Path archive;
  private static SampleSummary summary;
  private static Map<String, byte[]> files;

  @BeforeAll
  static void writeArchive() throws IOException {
    summary = SampleArchive.write(archive, EVENTS, SEED);
    files = readAll(archive);
  }

  @Test
  void everyLayoutIsPresentWithItsKeyConvention() {
    Set<String> keys = files.keySet();
    assertThat(keys).anyMatch(k -> VENDED.matcher(k).matches());
    assertThat(keys).anyMatch(k -> FIREHOSE.matcher(k).matches() && k.endsWith(".gz"));
    assertThat(keys).anyMatch(k -> FIREHOSE.matcher(k).matches() && !k.endsWith(".gz"));
    assertThat(keys).anyMatch(k -> FIREHOSE_HIVE.matcher(k).matches());
    assertThat(keys).anyMatch(k -> FIREHOSE_FAILED.matcher(k).matches());
    assertThat(keys).anyMatch(k -> EXPORT.matcher(k).matches());
    assertThat(keys).contains("amazon_cognito/exportedlogs/aws-logs-write-test");
    assertThat(keys).anyMatch(k -> SUBSCRIPTION.matcher(k).matches());
    assertThat(keys).anyMatch(k -> API_DUMP.matcher(k).matches());
    // Every object follows one of the conventions.
    assertThat(keys)
        .allMatch(
            k -> Stream.of(VENDED, FIREHOSE, FIREHOSE_HIVE, FIREHOSE_FAILED, EXPORT, SUBSCRIPTION, API_DUMP)
                    .anyMatch(p -> p.matcher(k).matches())
                || k.equals("amazon_cognito/exportedlogs/aws-logs-write-test"));
    assertThat(new String(files.get("amazon_cognito/exportedlogs/aws-logs-write-test"), UTF_8))
        .isEqualTo("Permission Check Successful");
    // Two overlapping export tasks for the first pool.
    long tasks =
        keys.stream()
            .filter(k -> k.startsWith("amazon_cognito/exportedlogs/") && k.contains("us-east-1_AbCdEf123_USER"))
            .map(k -> k.split("/")[2])
            .distinct()
            .count();
    assertThat(tasks).isEqualTo(2);
  }

  @Test
  void objectsPerLayoutMatchesTheFilesOnDisk() {
    Map<String, Long> expected = new TreeMap<>();
    for (String key : files.keySet()) {
      expected.merge(layoutOf(key), 1L, Long::sum);
    }
    assertThat(new TreeMap<>(summary.objectsPerLayout())).isEqualTo(expected);
    assertThat(summary.objectsPerLayout().keySet()).containsExactlyElementsOf(SampleLayouts.ALL);
  }

  @Test
  void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot(@TempDir Path again, @TempDir Path other)
      throws IOException {
    SampleSummary second = SampleArchive.write(again, EVENTS, SEED);
    assertThat(hashes(readAll(again))).isEqualTo(hashes(files));
    assertThat(second).isEqualTo(summary);

    SampleArchive.write(other, EVENTS, SEED + 1);
    Map<String, String> otherHashes = hashes(readAll(other));
    assertThat(otherHashes).isNotEqualTo(hashes(files));
    assertThat(new HashSet<>(otherHashes.values())).doesNotContainAnyElementsOf(
        hashes(files).entrySet().stream()
            .filter(e -> e.getKey().contains("/AWSLogs/"))
            .map(Map.Entry::getValue)
            .toList());
  }

  @Test
  void gzipObjectsStartWithTheMagicAndSubscriptionObjectsHoldSeveralMembers() {
    files.forEach(
        (key, bytes) -> {
          if (key.endsWith(".gz")) {
            assertThat(bytes).as(key).startsWith((byte) 0x1f, (byte) 0x8b);
          }
        });
    List<byte[]> subscription =
        files.entrySet().stream()
            .filter(e -> SUBSCRIPTION.matcher(e.getKey()).matches())
            .map(Map.Entry::getValue)
            .toList();
    assertThat(subscription).anyMatch(b -> isGzip(b) && gzipMembers(b) > 1);
    // One object Firehose had already decompressed, one it gzipped again.
    assertThat(subscription).anyMatch(b -> b[0] == '{');
    assertThat(subscription).anyMatch(b -> isGzip(b) && gzipMembers(b) == 1 && isGzip(gunzip(b)));
    String binary =
        files.entrySet().stream()
            .filter(e -> e.getValue().length > 2 && e.getValue()[0] == 0 && e.getValue()[1] == 1)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    assertThat(files.get(binary)[2]).isEqualTo((byte) 0xFE);
  }

  @Test
  void summaryMatchesAnIndependentReadOfEveryObject() {
    Tally tally = new Tally();
    files.forEach((key, bytes) -> decode(key, bytes, tally));

    assertThat(summary.activityEvents()).isEqualTo(EVENTS);
    assertThat(tally.events).hasSize((int) summary.activityEvents());
    assertThat(tally.activityRecords).isEqualTo(summary.activityRecords());
    assertThat(tally.notificationRecords).isEqualTo(summary.notificationRecords());
    assertThat(tally.notifications).hasSize((int) summary.distinctNotifications());
    assertThat(tally.malformed).isEqualTo(summary.malformedByReason());
    assertThat(tally.truncatedWholeRecords).isEqualTo(SampleArchive.TRUNCATED_GZIP_WHOLE_RECORDS);
    assertThat(summary.malformedByReason())
        .containsOnlyKeys(MalformedReasons.ALL)
        .containsEntry(MalformedReasons.MALFORMED_JSON, 2L)
        .containsEntry(MalformedReasons.TRUNCATED_GZIP, 1L);
    // Duplicates and InProgress states make more records than events; notifications repeat.
    assertThat(summary.activityRecords()).isGreaterThan(summary.activityEvents() + EVENTS / 3);
    assertThat(summary.notificationRecords()).isGreaterThan(summary.distinctNotifications());
  }

  @Test
  void everyQuirkIsPresent() {
    Tally tally = new Tally();
    files.forEach((key, bytes) -> decode(key, bytes, tally));
    String all = String.join("\n", tally.texts);
    assertThat(all)
        .contains(
            "\"eventTimestamp\":17", // a JSON number
            "\"eventTimestamp\":\"undefined\"",
            "\"compromisedCredentialDetected\":true",
            "\"compromisedCredentialDetected\":\"true\"",
            "\"hasContextData\":false",
            "\"authFlow\":\"USER_SRP_AUTH\"",
            "\"eventSource\":\"USER_ACTIVITY\"",
            "\"city\":\"null\"",
            "\"city\":\"\"",
            "\"idpName\":\"null\"",
            "\"riskLevel\":\"LOW\"", "\"riskLevel\":\"Medium\"", "\"riskLevel\":\"high\"",
            "\"eventFeedbackValue\":\"valid\"", "\"eventFeedbackValue\":\"INVALID\"",
            "\"eventFeedbackProvider\":\"Admin\"",
            "\"challenges\":[]", "\"challenges\":[\"Password:Success\",\"Mfa:Failure\"]",
            "\"ipAddress\":\"2001:db8:", "\"ipAddress\":\"198.51.100.",
            "\"eventType\":\"ResendCode\"", "\"eventResponse\":\"InProgress\"",
            "\"eventResponse\":\"Fail\"")
        .contains("São Paulo", "Zürich", "Москва", "東京", "Kraków", "\"Brazil\"", "\"Japan\"");
    for (String device : AuthEventFactory.DEVICES) {
      assertThat(all).contains("\"deviceName\":\"" + device + "\"");
    }
    for (String decision : List.of("PASS", "NoRisk", "NO_RISK", "BLOCK", "ACCOUNT_TAKEOVER", "AccountTakeover")) {
      assertThat(all).contains("\"riskDecision\":\"" + decision + "\"");
    }
    assertThat(tally.parsed).anyMatch(n -> n.has("message") && !n.has("logSourceId"));
    assertThat(tally.parsed).anyMatch(n -> n.has("message") && !n.has("eventTimestamp")
        && CREATION_DATE.matcher(n.path("message").path("creationDate").asText()).matches());
    assertThat(tally.parsed).anyMatch(SampleArchiveTest::hasWrongWeekday);
    assertThat(all).contains("\"CreationDate\": 1.7", "\"EventFeedback\"", "\"NextToken\"");
    // Plain decimal seconds: only visible in the raw text (Jackson reads numbers as doubles).
    assertThat(Pattern.compile("\"CreationDate\": \\d{10}\\.\\d{3},").matcher(all).find()).isTrue();
    assertThat(tally.apiCreationDates).anyMatch(d -> d.matches("2026-.*[+-]\\d{2}:\\d{2}"));
  }

  @Test
  void inProgressIsFollowedByALaterFinalStateAndOnePairStraddlesMidnight() {
    Tally tally = new Tally();
    files.forEach((key, bytes) -> decode(key, bytes, tally));
    Map<String, Long> inProgress = new HashMap<>();
    Map<String, Long> finals = new HashMap<>();
    for (JsonNode n : tally.parsed) {
      JsonNode ts = n.path("eventTimestamp");
      if (!n.has("message") || !ts.asText().matches("\\d+")) {
        continue;
      }
      String id = n.path("message").path("eventId").asText();
      String response = n.path("message").path("eventResponse").asText();
      (response.equals("InProgress") ? inProgress : finals).put(id, Long.parseLong(ts.asText()));
    }
    assertThat(inProgress).isNotEmpty();
    boolean straddles = false;
    for (Map.Entry<String, Long> e : inProgress.entrySet()) {
      Long fin = finals.get(e.getKey());
      assertThat(fin).as(e.getKey()).isNotNull().isGreaterThan(e.getValue());
      straddles |= !day(e.getValue()).equals(day(fin));
    }
    assertThat(straddles).isTrue();
  }

  @Test
  void smallestArchiveStillHoldsEveryMalformedCase(@TempDir Path small) throws IOException {
    SampleSummary s = SampleArchive.write(small, SampleArchive.MIN_EVENTS, 1);
    assertThat(s.malformedByReason()).containsOnlyKeys(MalformedReasons.ALL);
    assertThat(s.activityEvents()).isEqualTo(SampleArchive.MIN_EVENTS);
    assertThat(s.objectsPerLayout().values()).allMatch(n -> n > 0);
    Tally tally = new Tally();
    readAll(small).forEach((key, bytes) -> decode(key, bytes, tally));
    assertThat(tally.activityRecords).isEqualTo(s.activityRecords());
    assertThat(tally.malformed).isEqualTo(s.malformedByReason());

    assertThatThrownBy(() -> SampleArchive.write(small, SampleArchive.MIN_EVENTS - 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got " + (SampleArchive.MIN_EVENTS - 1));
  }

  // ---- a small reference reader ----

  private static final class Tally {
    long activityRecords;
    final Set<String> events = new HashSet<>();
    long notificationRecords;
    final Set<String> notifications = new HashSet<>();
    final Map<String, Long> malformed = new TreeMap<>();
    final List<String> texts = new ArrayList<>();
    final List<JsonNode> parsed = new ArrayList<>();
    final List<String> apiCreationDates = new ArrayList<>();
    int truncatedWholeRecords;

    void malformed(String reason) {
      malformed.merge(reason, 1L, Long::sum);
    }
  }

  private static void decode(String key, byte[] bytes, Tally tally) {
    if (key.endsWith("aws-logs-write-test")) {
      return;
    }
    if (key.contains("/processing-failed/")) {
      JsonNode error = parse(new String(bytes, UTF_8));
      assertThat(error.path("errorCode").asText()).isEqualTo("Lambda.FunctionError");
      assertThat(error.path("rawData").asText()).isNotEmpty();
      tally.malformed(MalformedReasons.FIREHOSE_ERROR_RECORD);
      return;
    }
    if (bytes.length == 0) {
      tally.malformed(MalformedReasons.EMPTY_OBJECT);
      return;
    }
    if (!isGzip(bytes) && bytes[0] != '{') {
      tally.malformed(MalformedReasons.BINARY_OBJECT);
      return;
    }
    byte[] data = bytes;
    if (isGzip(data)) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
        data = in.readAllBytes();
      } catch (EOFException e) {
        tally.malformed(MalformedReasons.TRUNCATED_GZIP);
        tally.truncatedWholeRecords = countWholeLinesBeforeCut(bytes);
        return;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (isGzip(data)) {
        data = gunzip(data);
      }
    }
    String text = new String(data, UTF_8);
    tally.texts.add(text);
    if (key.contains("/api-dumps/")) {
      String pool = key.split("/")[2];
      for (JsonNode e : parse(text).path("AuthEvents")) {
        tally.activityRecords++;
        tally.events.add(pool + "|" + e.path("EventId").asText());
        tally.apiCreationDates.add(e.path("CreationDate").asText());
      }
    } else if (key.contains("/exportedlogs/")) {
      for (String line : text.split("\n")) {
        assertThat(line).matches("2026-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z \\{.*");
        record(line.substring(line.indexOf(' ') + 1), tally);
      }
    } else if (key.contains("/cwl-firehose/")) {
      for (JsonNode envelope : values(text)) {
        if (envelope.path("messageType").asText().equals("CONTROL_MESSAGE")) {
          continue;
        }
        assertThat(envelope.path("messageType").asText()).isEqualTo("DATA_MESSAGE");
        for (JsonNode event : envelope.path("logEvents")) {
          assertThat(event.path("id").asText()).matches("\\d{56}");
          record(event.path("message").asText(), tally);
        }
      }
    } else if (key.contains("/AWSLogs/")) {
      assertThat(text).doesNotEndWith("\n");
      for (String line : text.split("\n")) {
        record(line, tally);
      }
    } else {
      // Firehose: values back to back, \n- or \r\n-separated.
      for (JsonNode value : values(text)) {
        record(value.toString(), tally);
      }
    }
  }

  private static void record(String json, Tally tally) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (IOException e) {
      tally.malformed(MalformedReasons.MALFORMED_JSON);
      return;
    }
    tally.parsed.add(node);
    JsonNode message = node.path("message");
    String pool = node.path("logSourceId").path("userPoolId").asText(message.path("userPoolId").asText());
    switch (node.path("eventSource").asText()) {
      case "USER_AUTH_EVENTS", "USER_ACTIVITY" -> {
        boolean timed =
            node.path("eventTimestamp").asText().matches("\\d{13}")
                || CREATION_DATE.matcher(message.path("creationDate").asText()).matches();
        if (!timed) {
          tally.malformed(MalformedReasons.MISSING_EVENT_TIME);
          return;
        }
        tally.activityRecords++;
        tally.events.add(pool + "|" + message.path("eventId").asText());
      }
      case "USER_NOTIFICATION" -> {
        tally.notificationRecords++;
        tally.notifications.add(
            pool + "|" + node.path("eventTimestamp").asText() + "|" + message.path("details").asText());
      }
      default -> tally.malformed(MalformedReasons.UNKNOWN_EVENT_SOURCE);
    }
  }

  private static int countWholeLinesBeforeCut(byte[] gzip) {
    StringBuilder out = new StringBuilder();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      byte[] buffer = new byte[256];
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.append(new String(buffer, 0, n, UTF_8));
      }
    } catch (IOException expected) {
      // The cut.
    }
    String text = out.toString();
    assertThat(text).endsWith("\n");
    int whole = 0;
    for (String line : text.split("\n")) {
      assertThat(parse(line).path("message").has("eventId")).isTrue();
      whole++;
    }
    return whole;
  }

  private static boolean hasWrongWeekday(JsonNode node) {
    String date = node.path("message").path("creationDate").asText();
    if (!CREATION_DATE.matcher(date).matches()) {
      return false;
    }
    java.time.format.DateTimeFormatter lenient =
        java.time.format.DateTimeFormatter.ofPattern("MMM dd HH:mm:ss 'UTC' yyyy", java.util.Locale.ENGLISH);
    java.time.LocalDateTime parsed = java.time.LocalDateTime.parse(date.substring(4), lenient);
    String weekday =
        parsed.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    return !date.startsWith(weekday);
  }

  private static String day(long epochMs) {
    return Instant.ofEpochMilli(epochMs).atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static List<JsonNode> values(String text) {
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(text)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String layoutOf(String key) {
    String rest = key.substring("amazon_cognito/".length());
    if (rest.startsWith("AWSLogs/")) {
      return SampleLayouts.VENDED_S3;
    } else if (rest.startsWith("firehose")) {
      return SampleLayouts.FIREHOSE;
    } else if (rest.startsWith("exportedlogs/")) {
      return SampleLayouts.CWL_EXPORT;
    } else if (rest.startsWith("cwl-firehose/")) {
      return SampleLayouts.CWL_SUBSCRIPTION;
    } else if (rest.startsWith("api-dumps/")) {
      return SampleLayouts.API_DUMP;
    }
    throw new AssertionError("no layout for " + key);
  }

  // ---- bytes ----

  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of gzip members, assuming the JDK's plain 10-byte header (no name, no extra). */
  static int gzipMembers(byte[] bytes) {
    int members = 0;
    int offset = 0;
    byte[] sink = new byte[8192];
    while (offset < bytes.length) {
      assertThat(isGzip(Arrays.copyOfRange(bytes, offset, bytes.length))).isTrue();
      assertThat(bytes[offset + 3]).as("header flags").isZero();
      Inflater inflater = new Inflater(true);
      inflater.setInput(bytes, offset + 10, bytes.length - offset - 10);
      try {
        while (!inflater.finished()) {
          if (inflater.inflate(sink) == 0 && inflater.needsInput()) {
            throw new AssertionError("truncated member");
          }
        }
      } catch (DataFormatException e) {
        throw new AssertionError(e);
      }
      offset = bytes.length - inflater.getRemaining() + 8;
      inflater.end();
      members++;
    }
    return members;
  }

  static Map<String, byte[]> readAll(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  static Map<String, String> hashes(Map<String, byte[]> files) {
    Map<String, String> out = new TreeMap<>();
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        out.put(e.getKey(), HexFormat.of().formatHex(sha.digest(e.getValue())));
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
