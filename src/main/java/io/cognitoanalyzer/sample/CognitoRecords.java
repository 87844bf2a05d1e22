package io.cognitoanalyzer.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders records in the export's camelCase shape (notes §1a/§1b): field order and string-typed
 * scalars as in the one real sample, with the variations an event's {@link RecordStyle} asks for.
 */
final class CognitoRecords {
  private CognitoRecords() {}

  /** A garbage {@code eventTimestamp} that no reader can parse as a number. */
  static final String GARBAGE_TIMESTAMP = "undefined";

  /** The event's record in state {@code response} with {@code eventTimestamp} = {@code tsMs}. */
  static String activity(AuthEvent event, String response, long tsMs) {
    return Json.compact(activityNode(event, response, tsMs));
  }

  /**
   * A valid auth-event record whose event time cannot be determined: no eventTimestamp and an
   * empty creationDate.
   */
  static String withoutEventTime(AuthEvent event) {
    ObjectNode node = activityNode(event.withStyle(RecordStyle.PLAIN), event.finalResponse(), 0);
    node.remove("eventTimestamp");
    ((ObjectNode) node.get("message")).put("creationDate", "");
    return Json.compact(node);
  }

  /** A well-formed record from an event source nobody knows yet. */
  static String unknownSource(AuthEvent event) {
    ObjectNode node =
        activityNode(event.withStyle(RecordStyle.PLAIN), event.finalResponse(), event.finalMs());
    node.put("eventSource", "USER_SOMETHING_NEW");
    return Json.compact(node);
  }

  /** The first 45% of a valid record: what a writer cut off mid-record leaves behind. */
  static String cutShort(AuthEvent event) {
    String whole = activity(event.withStyle(RecordStyle.PLAIN), event.finalResponse(), event.finalMs());
    return whole.substring(0, whole.length() * 45 / 100);
  }

  /** A USER_NOTIFICATION record; its only documented field is free-text {@code details}. */
  static String notification(Pool pool, long tsMs, String details) {
    ObjectNode node = Json.object();
    node.put("eventTimestamp", Long.toString(tsMs));
    node.put("eventSource", "USER_NOTIFICATION");
    node.put("logLevel", "ERROR");
    node.putObject("message").put("details", details);
    node.putObject("logSourceId").put("userPoolId", pool.userPoolId());
    return Json.compact(node);
  }

  private static ObjectNode activityNode(AuthEvent event, String response, long tsMs) {
    RecordStyle style = event.style();
    ObjectNode node = Json.object();
    switch (style.timestamp()) {
      case STRING -> node.put("eventTimestamp", Long.toString(tsMs));
      case NUMBER -> node.put("eventTimestamp", tsMs);
      case GARBAGE -> node.put("eventTimestamp", GARBAGE_TIMESTAMP);
      case MISSING -> {
        // Key left out on purpose.
      }
    }
    node.put("eventSource", style.eventSource());
    node.put("logLevel", "INFO");
    ObjectNode m = node.putObject("message");
    m.put("version", "1");
    m.put("eventId", event.eventId());
    m.put("eventType", event.eventType());
    m.put("userSub", event.user().sub());
    m.put("userName", event.user().userName());
    m.put("userPoolId", event.pool().userPoolId());
    m.put("clientId", event.pool().clientId());
    m.put(
        "creationDate",
        style.wrongWeekday()
            ? SampleTimes.creationDateWrongWeekday(event.creationMs())
            : SampleTimes.creationDate(event.creationMs()));
    m.put("eventResponse", response);
    m.put("riskLevel", event.riskLevel());
    m.put("riskDecision", event.riskDecision());
    ArrayNode challenges = m.putArray("challenges");
    event.challenges().forEach(challenges::add);
    m.put("deviceName", event.deviceName());
    m.put("ipAddress", event.ipAddress());
    m.put("requestId", event.requestId());
    m.put("idpName", event.idpName());
    putBoolean(m, "compromisedCredentialDetected", event.compromised(), style.jsonBooleans());
    m.put("city", event.city());
    m.put("country", event.country());
    m.put("eventFeedbackValue", event.feedbackValue());
    m.put("eventFeedbackDate", event.feedbackDate());
    m.put("eventFeedbackProvider", event.feedbackProvider());
    putBoolean(m, "hasContextData", event.hasContextData(), style.jsonBooleans());
    if (style.extraKey()) {
      m.put("authFlow", "USER_SRP_AUTH");
    }
    if (!style.omitLogSourceId()) {
      node.putObject("logSourceId").put("userPoolId", event.pool().userPoolId());
    }
    return node;
  }

  private static void putBoolean(ObjectNode node, String field, boolean value, boolean asJson) {
    if (asJson) {
      node.put(field, value);
    } else {
      node.put(field, Boolean.toString(value));
    }
  }
}
