package io.cognitoanalyzer.sample;

import java.util.List;

/**
 * One authentication event and how its records are spelled. Rendering it gives one record (final
 * state only) or two (InProgress, then the final state with a later timestamp and the same
 * eventId), as in the real sample.
 *
 * @param creationMs the event's creation instant, printed as {@code creationDate} (whole seconds)
 * @param inProgressMs eventTimestamp of the InProgress record, or -1 if there is none
 * @param finalMs eventTimestamp of the final (Pass or Fail) record; after {@code inProgressMs}
 * @param finalResponse {@code Pass} or {@code Fail}
 */
record AuthEvent(
    SampleUser user,
    String eventId,
    String requestId,
    String eventType,
    long creationMs,
    long inProgressMs,
    long finalMs,
    String finalResponse,
    String riskLevel,
    String riskDecision,
    List<String> challenges,
    String deviceName,
    String ipAddress,
    String idpName,
    boolean compromised,
    String city,
    String country,
    String feedbackValue,
    String feedbackDate,
    String feedbackProvider,
    boolean hasContextData,
    RecordStyle style) {

  static final String IN_PROGRESS = "InProgress";

  AuthEvent {
    challenges = List.copyOf(challenges);
    if (inProgressMs >= 0 && inProgressMs >= finalMs) {
      throw new IllegalArgumentException(
          "InProgress must precede the final state, got " + inProgressMs + " >= " + finalMs);
    }
  }

  Pool pool() {
    return user.pool();
  }

  boolean hasInProgress() {
    return inProgressMs >= 0;
  }

  AuthEvent withStyle(RecordStyle value) {
    return new AuthEvent(
        user, eventId, requestId, eventType, creationMs, inProgressMs, finalMs, finalResponse,
        riskLevel, riskDecision, challenges, deviceName, ipAddress, idpName, compromised, city,
        country, feedbackValue, feedbackDate, feedbackProvider, hasContextData, value);
  }

  AuthEvent withTimes(long creation, long inProgress, long fin) {
    return new AuthEvent(
        user, eventId, requestId, eventType, creation, inProgress, fin, finalResponse, riskLevel,
        riskDecision, challenges, deviceName, ipAddress, idpName, compromised, city, country,
        feedbackValue, feedbackDate, feedbackProvider, hasContextData, style);
  }
}
