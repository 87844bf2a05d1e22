package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the timestamp spellings found in Cognito logs. Every parser returns null, never throws. */
public final class EventTimes {
  private EventTimes() {}

  /** Earliest and latest instants accepted as real event times; anything else is a parse accident. */
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  /**
   * Java's {@code Date.toString()}: "Mon Dec 16 07:43:24 UTC 2025". The weekday is matched but
   * ignored because real files carry wrong weekdays, and the day may have one digit.
   */
  private static final Pattern JAVA_DATE =
      Pattern.compile(
          "(?:[A-Za-z]{3},?\\s+)?([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+([A-Za-z][\\w/+:-]*)\\s+(\\d{4})");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /**
   * An epoch value whose unit is told by its size: seconds, milliseconds, microseconds or
   * nanoseconds. Accepts JSON numbers and numeric strings, fractions and scientific notation.
   */
  public static Instant epoch(JsonNode node) {
    if (node != null && (node.isIntegralNumber() && node.canConvertToLong())) {
      return epoch(node.longValue());
    }
    if (node != null && node.isTextual()) {
      return epoch(node.textValue());
    }
    return epoch(JsonValues.number(node));
  }

  /** As {@link #epoch(JsonNode)} for a JSON string, or any scalar already read as text. */
  public static Instant epoch(String text) {
    if (text != null && isDigits(text)) {
      return epoch(Long.parseLong(text)); // the common case, without BigDecimal
    }
    return epoch(JsonValues.number(text));
  }

  private static boolean isDigits(String text) {
    int n = text.length();
    if (n == 0 || n > 18) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** As {@link #epoch(JsonNode)} for a JSON integer that fits a long. */
  public static Instant epoch(long value) {
    return value > 0 && value >= 100_000_000_000L && value < 100_000_000_000_000L
        ? plausible(Instant.ofEpochMilli(value))
        : epoch(BigDecimal.valueOf(value));
  }

  /** Nanoseconds reach this in the year 5138: no plausible epoch in any unit is this large. */
  private static final BigDecimal TOO_LARGE = BigDecimal.valueOf(100_000_000_000_000_000L).movePointRight(3);

  static Instant epoch(BigDecimal value) {
    // Checked before any arithmetic: "1e74825000" would otherwise overflow longValue(), and
    // "1E+2147483647" would take minutes to expand.
    if (value == null || value.signum() <= 0 || value.compareTo(TOO_LARGE) >= 0) {
      return null;
    }
    BigDecimal millis;
    if (value.compareTo(BigDecimal.valueOf(100_000_000_000L)) < 0) {
      millis = value.movePointRight(3); // seconds, the API's unit
    } else if (value.compareTo(BigDecimal.valueOf(100_000_000_000_000L)) < 0) {
      millis = value; // milliseconds, the export's unit
    } else if (value.compareTo(BigDecimal.valueOf(100_000_000_000_000_000L)) < 0) {
      millis = value.movePointLeft(3);
    } else {
      millis = value.movePointLeft(6);
    }
    return plausible(Instant.ofEpochMilli(millis.longValue()));
  }

  /** {@code creationDate} in Java's {@code Date.toString()} form, leniently. */
  public static Instant javaDate(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = JAVA_DATE.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
    ZoneId zone = zone(m.group(6));
    if (month == null || zone == null) {
      return null;
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(7)),
              month,
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)));
      return plausible(local.atZone(zone).toInstant());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** ISO-8601 with an offset or a 'Z' ("2024-06-27T10:49:59.139000-07:00"). */
  public static Instant iso(String text) {
    if (text == null) {
      return null;
    }
    try {
      return plausible(OffsetDateTime.parse(text.trim()).toInstant());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Any of the forms above, tried in order: epoch number, ISO-8601, Java date. */
  public static Instant any(JsonNode node) {
    Instant epoch = epoch(node);
    return epoch != null ? epoch : isoOrJavaDate(JsonValues.text(node));
  }

  /** As {@link #any(JsonNode)} for a scalar already read as text. */
  public static Instant any(String value) {
    Instant epoch = epoch(value);
    return epoch != null ? epoch : isoOrJavaDate(JsonValues.text(value));
  }

  private static Instant isoOrJavaDate(String text) {
    Instant iso = iso(text);
    return iso != null ? iso : javaDate(text);
  }

  private static ZoneId zone(String id) {
    String upper = id.toUpperCase(Locale.ROOT);
    if (upper.equals("UTC") || upper.equals("GMT") || upper.equals("Z")) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(id, ZoneId.SHORT_IDS);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Instant plausible(Instant instant) {
    return instant.isBefore(EARLIEST) || !instant.isBefore(LATEST) ? null : instant;
  }
}
