package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one {@code AuthEvents[]} element of an AdminListUserAuthEvents response (PascalCase) into
 * an {@link ActivityEvent}. A page names neither the pool nor the user, so both come from the
 * object key ({@code .../<user_pool_id>/<user_name>/...}, see the README).
 */
public final class ApiEventNormalizer {
  private ApiEventNormalizer() {}

  private static final Set<String> KNOWN_KEYS =
      Set.of(
          "EventId",
          "EventType",
          "CreationDate",
          "EventResponse",
          "EventRisk",
          "ChallengeResponses",
          "EventContextData",
          "EventFeedback");
  private static final Set<String> KNOWN_RISK = Set.of("RiskDecision", "RiskLevel", "CompromisedCredentialsDetected");
  private static final Set<String> KNOWN_CONTEXT = Set.of("IpAddress", "DeviceName", "City", "Country");
  private static final Set<String> KNOWN_FEEDBACK = Set.of("FeedbackValue", "Provider", "FeedbackDate");

  public static Decoded normalize(JsonNode event, RecordOrigin origin) {
    return normalize(event, origin, true);
  }

  /** See {@link CognitoRecordNormalizer#normalize(JsonNode, RecordOrigin, boolean)}. */
  public static Decoded normalize(JsonNode event, RecordOrigin origin, boolean buildActivity) {
    if (!event.isObject()) {
      return CognitoRecordNormalizer.reject(
          event, origin, QuarantineReason.UNRECOGNIZED_RECORD, "an AuthEvents element is not an object");
    }
    String pool = JsonValues.isAbsent(origin.keyPool()) ? null : origin.keyPool();
    if (pool == null) {
      return CognitoRecordNormalizer.reject(
          event,
          origin,
          QuarantineReason.MISSING_USER_POOL_ID,
          "an AdminListUserAuthEvents page must live under a key containing /<user_pool_id>/<user_name>/");
    }
    String eventId = JsonValues.text(event.get("EventId"));
    if (eventId == null) {
      return CognitoRecordNormalizer.reject(event, origin, QuarantineReason.MISSING_EVENT_ID, "EventId is missing");
    }
    Instant time = EventTimes.any(event.get("CreationDate"));
    if (time == null) {
      return CognitoRecordNormalizer.reject(
          event, origin, QuarantineReason.MISSING_EVENT_TIME, "CreationDate is missing or unusable");
    }
    if (!buildActivity) {
      return Decoded.VALID_ACTIVITY;
    }
    JsonNode risk = event.path("EventRisk");
    JsonNode context = event.path("EventContextData");
    JsonNode feedback = event.path("EventFeedback");

    ActivityEvent e = new ActivityEvent();
    e.userPoolId = pool;
    e.eventId = eventId;
    e.eventTime = time;
    e.eventType = JsonValues.text(event.get("EventType"));
    e.eventResponse = JsonValues.text(event.get("EventResponse"));
    e.riskDecision = JsonValues.text(risk.get("RiskDecision"));
    e.riskLevel = JsonValues.text(risk.get("RiskLevel"));
    e.compromisedCredentials = JsonValues.bool(risk.get("CompromisedCredentialsDetected"));
    e.challenges = Challenges.of(event.get("ChallengeResponses"));
    e.userName = JsonValues.isAbsent(origin.keyUser()) ? null : origin.keyUser();
    e.ipAddress = JsonValues.text(context.get("IpAddress"));
    e.deviceName = JsonValues.text(context.get("DeviceName"));
    e.city = JsonValues.text(context.get("City"));
    e.country = JsonValues.text(context.get("Country"));
    e.feedbackValue = JsonValues.text(feedback.get("FeedbackValue"));
    e.feedbackProvider = JsonValues.text(feedback.get("Provider"));
    e.feedbackTime = EventTimes.any(feedback.get("FeedbackDate"));
    e.sourceFormat = origin.sourceFormat();
    e.sourceObject = origin.sourceObject();
    e.recordOffset = origin.offset();
    TreeMap<String, String> extra = new TreeMap<>();
    JsonValues.copyUnknownKeys(event, "", KNOWN_KEYS, extra);
    JsonValues.copyUnknownKeys(risk, "EventRisk.", KNOWN_RISK, extra);
    JsonValues.copyUnknownKeys(context, "EventContextData.", KNOWN_CONTEXT, extra);
    JsonValues.copyUnknownKeys(feedback, "EventFeedback.", KNOWN_FEEDBACK, extra);
    e.extraFields = extra;
    e.deriveFields();
    return e;
  }
}
