package io.cognitoanalyzer.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SampleTimesTest {
  // The reference: Java's Date.toString() form, which Cognito's creationDate follows.
  private static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ENGLISH)
          .withZone(ZoneId.of("UTC"));

  @Test
  void creationDateMatchesTheDateToStringPattern() {
    SampleRandom random = new SampleRandom(1);
    for (int i = 0; i < 2_000; i++) {
      long ms = random.between(1_700_000_000_000L, 1_900_000_000_000L);
      assertThat(SampleTimes.creationDate(ms)).isEqualTo(REFERENCE.format(Instant.ofEpochMilli(ms)));
    }
    assertThat(SampleTimes.creationDate(Instant.parse("2026-03-01T10:49:59.999Z").toEpochMilli()))
        .isEqualTo("Sun Mar 01 10:49:59 UTC 2026");
  }

  @Test
  void wrongWeekdayNamesThePreviousDayAndKeepsTheRest() {
    long ms = Instant.parse("2026-03-02T00:00:01Z").toEpochMilli();
    assertThat(SampleTimes.creationDateWrongWeekday(ms)).isEqualTo("Sun Mar 02 00:00:01 UTC 2026");
  }

  @Test
  void otherFormatsArePinnedToUtc() {
    long ms = Instant.parse("2026-03-01T23:59:58.500Z").toEpochMilli();
    assertThat(SampleTimes.isoMillisZ(ms)).isEqualTo("2026-03-01T23:59:58.500Z");
    assertThat(SampleTimes.hourFolders(ms)).isEqualTo("2026/03/01/23");
    assertThat(SampleTimes.hiveFolders(ms)).isEqualTo("year=2026/month=03/day=01/hour=23");
    assertThat(SampleTimes.firehoseSuffix(ms)).isEqualTo("2026-03-01-23-59-58");
    assertThat(SampleTimes.basicDate(ms)).isEqualTo("20260301");
    assertThat(SampleTimes.apiIso(ms, "-07:00")).isEqualTo("2026-03-01T16:59:58.500000-07:00");
  }
}
