package io.cognitoanalyzer.sample;

import java.util.List;

/**
 * Renders one native-layout auth-event record straight into a {@link StringBuilder}: the same
 * shape and field order as {@link CognitoRecords#activity} but without building a JSON tree,
 * because the benchmark archive writes millions of them. Every value comes from a fixed
 * vocabulary free of quotes, backslashes and control characters, so no escaping is needed.
 */
final class BenchRecordText {
  private BenchRecordText() {}

  /** What one bench event says; both of its records (InProgress and final) share it. */
  record Event(
      Pool pool,
      SampleUser user,
      String eventId,
      String requestId,
      String eventType,
      long creationMs,
      String riskLevel,
      String riskDecision,
      List<String> challenges,
      String deviceName,
      String ipAddress,
      String city,
      String country,
      boolean compromised,
      boolean hasContextData,
      String creationDate) {}

  /** The record of {@code e} in state {@code response} at {@code eventTimestampMs}. */
  static String render(StringBuilder sb, Event e, String response, long eventTimestampMs) {
    sb.setLength(0);
    sb.append("{\"eventTimestamp\":\"").append(eventTimestampMs)
        .append("\",\"eventSource\":\"USER_AUTH_EVENTS\",\"logLevel\":\"INFO\",\"message\":{")
        .append("\"version\":\"1\",\"eventId\":\"").append(e.eventId())
        .append("\",\"eventType\":\"").append(e.eventType())
        .append("\",\"userSub\":\"").append(e.user().sub())
        .append("\",\"userName\":\"").append(e.user().userName())
        .append("\",\"userPoolId\":\"").append(e.pool().userPoolId())
        .append("\",\"clientId\":\"").append(e.pool().clientId())
        .append("\",\"creationDate\":\"").append(e.creationDate())
        .append("\",\"eventResponse\":\"").append(response)
        .append("\",\"riskLevel\":\"").append(e.riskLevel())
        .append("\",\"riskDecision\":\"").append(e.riskDecision())
        .append("\",\"challenges\":[");
    for (int i = 0; i < e.challenges().size(); i++) {
      sb.append(i == 0 ? "\"" : ",\"").append(e.challenges().get(i)).append('"');
    }
    sb.append("],\"deviceName\":\"").append(e.deviceName())
        .append("\",\"ipAddress\":\"").append(e.ipAddress())
        .append("\",\"requestId\":\"").append(e.requestId())
        .append("\",\"idpName\":\"").append(e.user().idpName())
        .append("\",\"compromisedCredentialDetected\":\"").append(e.compromised())
        .append("\",\"city\":\"").append(e.city())
        .append("\",\"country\":\"").append(e.country())
        .append("\",\"eventFeedbackValue\":\"\",\"eventFeedbackDate\":\"\",")
        .append("\"eventFeedbackProvider\":\"\",\"hasContextData\":\"").append(e.hasContextData())
        .append("\"},\"logSourceId\":{\"userPoolId\":\"").append(e.pool().userPoolId())
        .append("\"}}");
    return sb.toString();
  }
}
