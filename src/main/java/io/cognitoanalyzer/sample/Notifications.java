package io.cognitoanalyzer.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * USER_NOTIFICATION (message-delivery error) records. No real {@code details} text is public
 * (notes §5), so these are invented SES/SNS-style messages: SMS ones, e-mail ones, one that
 * names neither, and one holding quotes, embedded JSON and a newline.
 */
final class Notifications {
  private Notifications() {}

  /** Fewest notifications written, so every kind of detail text occurs. */
  static final int MIN_COUNT = 6;

  /**
   * {@code count} notifications at random times in the sample span. The first belongs to the
   * first pool (the export layout centres its overlapping task on it); the first {@link
   * #MIN_COUNT} use each kind of text once.
   */
  static List<RawRecord> generate(SampleRandom random, int count) {
    if (count < MIN_COUNT) {
      throw new IllegalArgumentException(
          "need at least " + MIN_COUNT + " notifications, got " + count);
    }
    List<RawRecord> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Pool pool = Pool.ALL.get(i % Pool.ALL.size());
      long when = SampleTimes.START_MS + random.between(0L, SampleTimes.SPAN_MS - 60_000);
      int kind = i < MIN_COUNT ? i : random.nextInt(MIN_COUNT);
      out.add(RawRecord.notification(pool, when, details(kind, pool, random)));
    }
    return out;
  }

  private static String details(int kind, Pool pool, SampleRandom random) {
    String phone = "+1555" + random.digits(3).substring(0, 3) + "****";
    return switch (kind) {
      case 0 -> "SMS message failed to send: SNS returned error code 400 (Phone number opted out) for "
          + phone;
      case 1 -> "Email delivery failed: SES MessageRejected: Email address is not verified. The"
          + " following identities failed the check in region "
          + pool.region().toUpperCase(Locale.ROOT) + ": no-reply@example.com";
      case 2 -> "Failed to send SMS to +1555*** : Throttling: Rate exceeded";
      case 3 -> "Email message failed: Daily message quota exceeded";
      case 4 -> "Message delivery failed: InternalFailure: The request processing has failed"
          + " because of an unknown error, exception or failure.";
      default -> "Email delivery failed: SES returned {\"Code\":\"MessageRejected\",\"Message\":"
          + "\"Illegal address\"}\nRetries exhausted for user \"" + random.hex(8) + "\"";
    };
  }
}
