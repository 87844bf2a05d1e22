package io.cognitoanalyzer.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeBenchArchiveTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern KEY =
      Pattern.compile(
          "AWSLogs/\\d{12}/AWSCognitoServiceLogs/[a-z0-9-]+/[a-z0-9-]+_[A-Za-z0-9]+/USER_AUTH_EVENTS/"
              + "\\d{12}_aws_cognito_service_logs_.*_userAuthEvents_INFO_S3_[0-9a-f-]{36}_cognito-.*"
              + "_USER_AUTH_EVENTS_2026\\d{4}_[0-9a-f]{8}\\.log\\.gz");

  @Test
  void writesTheRequestedRecordsWithPairsAndAboutThreePercentDuplicates(@TempDir Path dir)
      throws IOException {
    long written = NativeBenchArchive.write(dir, 20_000, 3);
    assertThat(written).isEqualTo(20_000);

    Map<String, byte[]> files = SampleArchiveTest.readAll(dir);
    assertThat(files.keySet()).hasSize(3).allMatch(k -> KEY.matcher(k).matches());
    List<String> lines = new ArrayList<>();
    for (byte[] bytes : files.values()) {
      assertThat(SampleArchiveTest.isGzip(bytes)).isTrue();
      String text = new String(SampleArchiveTest.gunzip(bytes), UTF_8);
      assertThat(text).doesNotEndWith("\n");
      lines.addAll(List.of(text.split("\n")));
    }
    assertThat(lines).hasSize(20_000);

    double duplicates = 1.0 - (double) new HashSet<>(lines).size() / lines.size();
    assertThat(duplicates).isBetween(0.02, 0.04);
    double averageBytes =
        lines.stream().mapToInt(l -> l.getBytes(UTF_8).length).average().orElseThrow();
    assertThat(averageBytes).isBetween(700.0, 950.0);

    Map<String, Long> inProgress = new HashMap<>();
    Map<String, Long> finals = new HashMap<>();
    Set<String> pools = new HashSet<>();
    for (String line : new HashSet<>(lines)) {
      JsonNode node = MAPPER.readTree(line);
      JsonNode message = node.path("message");
      long ts = Long.parseLong(node.path("eventTimestamp").asText());
      String id = message.path("eventId").asText();
      pools.add(node.path("logSourceId").path("userPoolId").asText());
      if (message.path("eventResponse").asText().equals("InProgress")) {
        inProgress.put(id, ts);
      } else {
        assertThat(message.path("eventResponse").asText()).isIn("Pass", "Fail");
        finals.put(id, ts);
      }
    }
    assertThat(pools).hasSize(3);
    // Every InProgress record has a final record with the same eventId and a later timestamp.
    assertThat(inProgress).isNotEmpty();
    inProgress.forEach(
        (id, ts) -> assertThat(finals.get(id)).as(id).isNotNull().isGreaterThan(ts));
    double pairedShare = (double) inProgress.size() / finals.size();
    assertThat(pairedShare).isBetween(0.4, 0.6);
  }

  @Test
  void sameSeedGivesIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
    NativeBenchArchive.write(first, 3_000, 11);
    NativeBenchArchive.write(second, 3_000, 11);
    assertThat(SampleArchiveTest.hashes(SampleArchiveTest.readAll(second)))
        .isEqualTo(SampleArchiveTest.hashes(SampleArchiveTest.readAll(first)));
  }

  @Test
  void rotatesFilesAtTheRecordLimit(@TempDir Path dir) throws IOException {
    long records = 3L * NativeBenchArchive.RECORDS_PER_FILE + 30;
    assertThat(NativeBenchArchive.write(dir, records, 5)).isEqualTo(records);
    Map<String, byte[]> files = SampleArchiveTest.readAll(dir);
    // Each pool gets 50,010 records: one full file and one with the remaining 10.
    assertThat(files).hasSize(6);
    long total = 0;
    for (byte[] bytes : files.values()) {
      long lines = new String(SampleArchiveTest.gunzip(bytes), UTF_8).split("\n").length;
      assertThat(lines).isIn(10L, (long) NativeBenchArchive.RECORDS_PER_FILE);
      total += lines;
    }
    assertThat(total).isEqualTo(records);
  }

  @Test
  void rejectsNegativeCountsAndWritesNothingForZero(@TempDir Path dir) throws IOException {
    assertThat(NativeBenchArchive.write(dir, 0, 1)).isZero();
    assertThat(SampleArchiveTest.readAll(dir)).isEmpty();
    assertThatThrownBy(() -> NativeBenchArchive.write(dir, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
