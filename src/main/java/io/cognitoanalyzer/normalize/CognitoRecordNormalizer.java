package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one exported Cognito record ({@code {eventTimestamp, eventSource, logLevel, message,
 * logSourceId}}, camelCase) into an {@link ActivityEvent}, a {@link NotificationEvent} or a {@link
 * Rejection}. Pure: no I/O, no Spark.
 */
public final class CognitoRecordNormalizer {
  private CognitoRecordNormalizer() {}

  /** The {@code message} keys the table has a column for; any other key goes to extra_fields. */
  static final Set<String> KNOWN_MESSAGE_KEYS =
      Set.of(
          "version",
          "eventId",
          "eventType",
          "userSub",
          "userName",
          "userPoolId",
          "clientId",
          "creationDate",
          "eventResponse",
          "riskLevel",
          "riskDecision",
          "challenges",
          "deviceName",
          "ipAddress",
          "requestId",
          "idpName",
          "compromisedCredentialDetected",
          "compromisedCredentialsDetected",
          "city",
          "country",
          "eventFeedbackValue",
          "eventFeedbackDate",
          "eventFeedbackProvider",
          "hasContextData");

  /** True when {@code node} looks like an exported Cognito record rather than another document. */
  public static boolean looksLikeRecord(JsonNode node) {
    return node.isObject()
        && (node.has("eventSource") || node.has("logSourceId") || node.get("message") != null && node.get("message").isObject());
  }

  public static Decoded normalize(JsonNode record, RecordOrigin origin) {
    return normalize(record, origin, true);
  }

  /**
   * As {@link #normalize(JsonNode, RecordOrigin)}; with {@code buildActivity} false a valid
   * activity record is only validated and {@link Decoded#VALID_ACTIVITY} is returned, for passes
   * that need every rejection and notification but no activity rows.
   */
  public static Decoded normalize(JsonNode record, RecordOrigin origin, boolean buildActivity) {
    JsonNode message = record.path("message");
    if (!message.isObject()) {
      return reject(record, origin, QuarantineReason.UNRECOGNIZED_RECORD, "the record has no 'message' object");
    }
    String eventSource = JsonValues.text(record.get("eventSource"));
    Vocabulary.Source source = Vocabulary.eventSource(eventSource);
    if (source == Vocabulary.Source.UNKNOWN && eventSource == null) {
      // No eventSource at all: the message's own shape says what it is.
      source =
          message.has("eventId")
              ? Vocabulary.Source.ACTIVITY
              : message.has("details") ? Vocabulary.Source.NOTIFICATION : Vocabulary.Source.UNKNOWN;
    }
    String pool = firstPresent(record.path("logSourceId").get("userPoolId"), message.get("userPoolId"), origin.keyPool());
    if (source == Vocabulary.Source.UNKNOWN) {
      return reject(
          record,
          origin,
          QuarantineReason.UNKNOWN_EVENT_SOURCE,
          "eventSource '" + eventSource + "' is neither USER_AUTH_EVENTS/USER_ACTIVITY nor USER_NOTIFICATION");
    }
    if (pool == null) {
      return reject(
          record,
          origin,
          QuarantineReason.MISSING_USER_POOL_ID,
          "no user pool in logSourceId.userPoolId, message.userPoolId or the object key");
    }
    Instant time = eventTime(record, message, origin);
    if (time == null) {
      return reject(
          record,
          origin,
          QuarantineReason.MISSING_EVENT_TIME,
          "no usable eventTimestamp, message.creationDate or CloudWatch timestamp");
    }
    if (source == Vocabulary.Source.NOTIFICATION) {
      String details = JsonValues.text(message.get("details"));
      String level = JsonValues.text(record.get("logLevel"));
      return new NotificationEvent(
          pool,
          time,
          level,
          details,
          NotificationClassifier.channel(details),
          NotificationClassifier.errorClass(details),
          origin.sourceFormat(),
          origin.sourceObject(),
          origin.offset());
    }
    String eventId = JsonValues.text(message.get("eventId"));
    if (eventId == null) {
      return reject(record, origin, QuarantineReason.MISSING_EVENT_ID, "message.eventId is missing");
    }
    if (!buildActivity) {
      return Decoded.VALID_ACTIVITY;
    }
    ActivityEvent e = new ActivityEvent();
    e.userPoolId = pool;
    e.eventId = eventId;
    e.eventTime = time;
    e.eventType = JsonValues.text(message.get("eventType"));
    e.eventResponse = JsonValues.text(message.get("eventResponse"));
    e.riskDecision = JsonValues.text(message.get("riskDecision"));
    e.riskLevel = JsonValues.text(message.get("riskLevel"));
    JsonNode compromised = message.get("compromisedCredentialDetected");
    e.compromisedCredentials =
        JsonValues.bool(compromised != null ? compromised : message.get("compromisedCredentialsDetected"));
    e.challenges = challenges(message.get("challenges"));
    e.userSub = JsonValues.text(message.get("userSub"));
    e.userName = JsonValues.text(message.get("userName"));
    e.clientId = JsonValues.text(message.get("clientId"));
    e.idpName = JsonValues.text(message.get("idpName"));
    e.ipAddress = JsonValues.text(message.get("ipAddress"));
    e.deviceName = JsonValues.text(message.get("deviceName"));
    e.city = JsonValues.text(message.get("city"));
    e.country = JsonValues.text(message.get("country"));
    e.hasContextData = JsonValues.bool(message.get("hasContextData"));
    e.feedbackValue = JsonValues.text(message.get("eventFeedbackValue"));
    e.feedbackProvider = JsonValues.text(message.get("eventFeedbackProvider"));
    e.feedbackTime = EventTimes.any(message.get("eventFeedbackDate"));
    e.requestId = JsonValues.text(message.get("requestId"));
    e.logVersion = JsonValues.text(message.get("version"));
    e.sourceFormat = origin.sourceFormat();
    e.sourceObject = origin.sourceObject();
    e.recordOffset = origin.offset();
    e.extraFields = extraFields(message);
    e.deriveFields();
    return e;
  }

  /** eventTimestamp (epoch ms), then creationDate, then the CloudWatch timestamp. */
  static Instant eventTime(JsonNode record, JsonNode message, RecordOrigin origin) {
    Instant time = EventTimes.epoch(record.get("eventTimestamp"));
    if (time == null) {
      time = EventTimes.any(message.get("creationDate"));
    }
    return time != null ? time : origin.fallbackTime();
  }

  /**
   * {@code challenges}: an array of "Name:Result" strings or of {challengeName, challengeResponse}
   * objects in either case, or such an array serialized into a string.
   */
  static List<Challenge> challenges(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      String text = node.asText().trim();
      if (JsonValues.isAbsent(text)) {
        return null;
      }
      if (text.startsWith("[")) {
        try {
          return challenges(Json.MAPPER.readTree(text));
        } catch (java.io.IOException e) {
          return List.of(Challenge.parse(text));
        }
      }
      return List.of(Challenge.parse(text));
    }
    List<Challenge> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (item.isObject()) {
        String name = JsonValues.text(JsonValues.first(item, "challengeName", "ChallengeName", "name"));
        String result = JsonValues.text(JsonValues.first(item, "challengeResponse", "ChallengeResponse", "result"));
        out.add(new Challenge(name, result));
      } else {
        String text = JsonValues.text(item);
        if (text != null) {
          out.add(Challenge.parse(text));
        }
      }
    }
    return out;
  }

  private static TreeMap<String, String> extraFields(JsonNode message) {
    TreeMap<String, String> extra = new TreeMap<>();
    JsonValues.copyUnknownKeys(message, "", KNOWN_MESSAGE_KEYS, extra);
    return extra;
  }

  private static String firstPresent(JsonNode a, JsonNode b, String c) {
    String value = JsonValues.text(a);
    if (value == null) {
      value = JsonValues.text(b);
    }
    return value != null ? value : JsonValues.isAbsent(c) ? null : c;
  }

  static Rejection reject(JsonNode record, RecordOrigin origin, QuarantineReason reason, String detail) {
    return new Rejection(
        origin.sourceObject(), origin.offset(), reason, detail, Rejection.rawText(record.toString()));
  }
}
