package io.cognitoanalyzer.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The sample's time span and every timestamp format the layouts print, all pinned to UTC. */
final class SampleTimes {
  private SampleTimes() {}

  /** First instant of the sample archive's span. */
  static final long START_MS = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
  /** Length of the sample archive's span: ten days. */
  static final long SPAN_MS = 10L * 24 * 3600 * 1000;

  static final long DAY_MS = 24L * 3600 * 1000;

  // Cognito prints creationDate like Java's Date.toString(): English names and the zone id "UTC".
  // Spelled out by hand (not a DateTimeFormatter) because the bench calls it millions of times;
  // the tests check it against the formatter pattern "EEE MMM dd HH:mm:ss zzz yyyy".
  private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTH_NAMES = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final DateTimeFormatter ISO_MS_Z =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ISO_S_Z =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HOUR_FOLDERS =
      DateTimeFormatter.ofPattern("uuuu/MM/dd/HH", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HIVE_FOLDERS =
      DateTimeFormatter.ofPattern("'year='uuuu/'month='MM/'day='dd/'hour='HH", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter FIREHOSE_SUFFIX =
      DateTimeFormatter.ofPattern("uuuu-MM-dd-HH-mm-ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter BASIC_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter API_ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  /** {@code "Sun Mar 01 10:49:59 UTC 2026"}. */
  static String creationDate(long epochMs) {
    return creationDate(epochMs, 0);
  }

  /**
   * Like {@link #creationDate} but naming the previous day's weekday, as in the one real sample
   * whose weekday does not match its date; readers must not validate the weekday.
   */
  static String creationDateWrongWeekday(long epochMs) {
    return creationDate(epochMs, DAY_NAMES.length - 1);
  }

  /** Years 1000 to 9999 only, which covers every time this package writes. */
  private static String creationDate(long epochMs, int weekdayShift) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMs, 1000), 0, ZoneOffset.UTC);
    StringBuilder out = new StringBuilder(28);
    out.append(DAY_NAMES[(t.getDayOfWeek().ordinal() + weekdayShift) % DAY_NAMES.length])
        .append(' ')
        .append(MONTH_NAMES[t.getMonthValue() - 1])
        .append(' ');
    twoDigits(out, t.getDayOfMonth()).append(' ');
    twoDigits(out, t.getHour()).append(':');
    twoDigits(out, t.getMinute()).append(':');
    twoDigits(out, t.getSecond()).append(" UTC ").append(t.getYear());
    return out.toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** {@code 2026-03-01T10:49:59.139Z}: the CloudWatch export line prefix. */
  static String isoMillisZ(long epochMs) {
    return ISO_MS_Z.format(Instant.ofEpochMilli(epochMs));
  }

  /** {@code 2026-03-01T10:49:59Z}: as in AdminListUserAuthEvents' NextToken. */
  static String isoSecondsZ(long epochMs) {
    return ISO_S_Z.format(Instant.ofEpochMilli(epochMs));
  }

  /** {@code 2026/03/01/10}: Firehose's default UTC prefix. */
  static String hourFolders(long epochMs) {
    return HOUR_FOLDERS.format(Instant.ofEpochMilli(epochMs));
  }

  /** {@code year=2026/month=03/day=01/hour=10}: a Hive-style custom Firehose prefix. */
  static String hiveFolders(long epochMs) {
    return HIVE_FOLDERS.format(Instant.ofEpochMilli(epochMs));
  }

  /** {@code 2026-03-01-10-49-59}: the time in a Firehose object name. */
  static String firehoseSuffix(long epochMs) {
    return FIREHOSE_SUFFIX.format(Instant.ofEpochMilli(epochMs));
  }

  /** {@code 20260301}: the date in a vended file name. */
  static String basicDate(long epochMs) {
    return BASIC_DATE.format(Instant.ofEpochMilli(epochMs));
  }

  /** {@code 20260301}. */
  static String basicDate(LocalDate date) {
    return BASIC_DATE.format(date);
  }

  /** UTC calendar date of an instant. */
  static LocalDate utcDate(long epochMs) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(epochMs), ZoneOffset.UTC);
  }

  /** {@code 2026-03-01T03:49:59.139000-07:00}: how the AWS CLI renders an API timestamp. */
  static String apiIso(long epochMs, String utcOffset) {
    return API_ISO.format(
        ZonedDateTime.ofInstant(Instant.ofEpochMilli(epochMs), ZoneOffset.of(utcOffset)));
  }
}
