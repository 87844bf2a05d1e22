package io.cognitoanalyzer.sample;

import java.util.List;

/**
 * One Cognito record as it will appear in an object, plus what the summary should count for it.
 *
 * @param json the record's exact text (one line, no line end)
 * @param kind how the record is counted
 * @param userPoolId the pool the record belongs to
 * @param identity what makes it distinct: {@code pool + eventId} for activity, {@code pool + time
 *     + details} for notifications, the reason code for malformed records
 * @param timeMs the instant the record describes (used to place it in time-based layouts), even
 *     when its text carries no usable timestamp
 */
record RawRecord(String json, Kind kind, String userPoolId, String identity, long timeMs) {

  enum Kind {
    ACTIVITY,
    NOTIFICATION,
    MALFORMED
  }

  private static final char SEP = '\u0000';

  /** The record of {@code event} in state {@code response} at {@code eventTimestampMs}. */
  static RawRecord activity(AuthEvent event, String response, long eventTimestampMs) {
    String pool = event.pool().userPoolId();
    return new RawRecord(
        CognitoRecords.activity(event, response, eventTimestampMs),
        Kind.ACTIVITY,
        pool,
        activityIdentity(pool, event.eventId()),
        eventTimestampMs);
  }

  /** A USER_NOTIFICATION record. */
  static RawRecord notification(Pool pool, long eventTimestampMs, String details) {
    return new RawRecord(
        CognitoRecords.notification(pool, eventTimestampMs, details),
        Kind.NOTIFICATION,
        pool.userPoolId(),
        pool.userPoolId() + SEP + eventTimestampMs + SEP + details,
        eventTimestampMs);
  }

  /** A record a reader must quarantine with {@code reason}. */
  static RawRecord malformed(String json, String userPoolId, String reason, long timeMs) {
    return new RawRecord(json, Kind.MALFORMED, userPoolId, reason, timeMs);
  }

  static String activityIdentity(String userPoolId, String eventId) {
    return userPoolId + SEP + eventId;
  }

  /** One record per state of the event: InProgress (if any), then the final state. */
  static List<RawRecord> of(AuthEvent event) {
    if (event.hasInProgress()) {
      return List.of(
          activity(event, AuthEvent.IN_PROGRESS, event.inProgressMs()),
          activity(event, event.finalResponse(), event.finalMs()));
    }
    return List.of(activity(event, event.finalResponse(), event.finalMs()));
  }
}
