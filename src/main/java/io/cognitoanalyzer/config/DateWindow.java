package io.cognitoanalyzer.config;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An inclusive range of UTC event dates; either end may be open (null).
 *
 * @param from first date kept, or null for no lower bound
 * @param to last date kept, or null for no upper bound
 */
public record DateWindow(LocalDate from, LocalDate to) implements Serializable {

  /** Delivery lags the event: Firehose retries for up to 24 h and vended files arrive late. */
  public static final int KEY_DATE_SLACK_DAYS = 1;

  public static final DateWindow ALL = new DateWindow(null, null);

  public DateWindow {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "--from must be on or before --to, got " + from + " > " + to);
    }
  }

  public boolean isAll() {
    return from == null && to == null;
  }

  /** True when an event on {@code date} belongs to the run. */
  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /**
   * True when an object whose key carries {@code keyDate} may hold events in the window. Keys
   * carry delivery dates, so the window is widened by {@link #KEY_DATE_SLACK_DAYS} on both sides.
   */
  public boolean mayHoldEventsFor(LocalDate keyDate) {
    if (keyDate == null) {
      return true;
    }
    return (from == null || !keyDate.isBefore(from.minusDays(KEY_DATE_SLACK_DAYS)))
        && (to == null || !keyDate.isAfter(to.plusDays(KEY_DATE_SLACK_DAYS)));
  }
}
