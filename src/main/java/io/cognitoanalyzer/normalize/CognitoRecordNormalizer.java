package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
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

  /**
   * The {@code message} keys the table has a column for, in the order Cognito writes them (the
   * streaming reader expects them so); any other key goes to extra_fields.
   */
  static final List<String> KNOWN_MESSAGE_KEYS_IN_ORDER =
      List.of(
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
          "city",
          "country",
          "eventFeedbackValue",
          "eventFeedbackDate",
          "eventFeedbackProvider",
          "hasContextData",
          // The other spelling, seen in AWS documentation rather than in files.
          "compromisedCredentialsDetected");

  static final Set<String> KNOWN_MESSAGE_KEYS = Set.copyOf(KNOWN_MESSAGE_KEYS_IN_ORDER);

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
    return normalize(new TreeRecord(record), origin, buildActivity);
  }

  /** The rules themselves, over a record parsed either way. */
  static Decoded normalize(RecordValues record, RecordOrigin origin, boolean buildActivity) {
    if (!record.hasMessageObject()) {
      return reject(record, origin, QuarantineReason.UNRECOGNIZED_RECORD, "the record has no 'message' object");
    }
    String eventSource = record.eventSource();
    Vocabulary.Source source = Vocabulary.eventSource(eventSource);
    if (source == Vocabulary.Source.UNKNOWN && eventSource == null) {
      // No eventSource at all: the message's own shape says what it is.
      source =
          record.messageHas("eventId")
              ? Vocabulary.Source.ACTIVITY
              : record.messageHas("details") ? Vocabulary.Source.NOTIFICATION : Vocabulary.Source.UNKNOWN;
    }
    String pool = firstPresent(record.logSourcePool(), record.messageText("userPoolId"), origin.keyPool());
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
    Instant time = eventTime(record, origin);
    if (time == null) {
      return reject(
          record,
          origin,
          QuarantineReason.MISSING_EVENT_TIME,
          "no usable eventTimestamp, message.creationDate or CloudWatch timestamp");
    }
    if (source == Vocabulary.Source.NOTIFICATION) {
      String details = record.messageText("details");
      return new NotificationEvent(
          pool,
          time,
          record.logLevel(),
          details,
          NotificationClassifier.channel(details),
          NotificationClassifier.errorClass(details),
          origin.sourceFormat(),
          origin.sourceObject(),
          origin.offset());
    }
    String eventId = record.messageText("eventId");
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
    e.eventType = record.messageText("eventType");
    e.eventResponse = record.messageText("eventResponse");
    e.riskDecision = record.messageText("riskDecision");
    e.riskLevel = record.messageText("riskLevel");
    e.compromisedCredentials =
        record.messageBool(
            record.messageHas("compromisedCredentialDetected")
                ? "compromisedCredentialDetected"
                : "compromisedCredentialsDetected");
    e.challenges = record.challenges();
    e.userSub = record.messageText("userSub");
    e.userName = record.messageText("userName");
    e.clientId = record.messageText("clientId");
    e.idpName = record.messageText("idpName");
    e.ipAddress = record.messageText("ipAddress");
    e.deviceName = record.messageText("deviceName");
    e.city = record.messageText("city");
    e.country = record.messageText("country");
    e.hasContextData = record.messageBool("hasContextData");
    e.feedbackValue = record.messageText("eventFeedbackValue");
    e.feedbackProvider = record.messageText("eventFeedbackProvider");
    e.feedbackTime = record.messageTime("eventFeedbackDate");
    e.requestId = record.messageText("requestId");
    e.logVersion = record.messageText("version");
    e.sourceFormat = origin.sourceFormat();
    e.sourceObject = origin.sourceObject();
    e.recordOffset = origin.offset();
    TreeMap<String, String> extra = new TreeMap<>();
    record.copyUnknownMessageKeys(extra);
    e.extraFields = extra;
    e.deriveFields();
    return e;
  }

  /** eventTimestamp (epoch ms), then creationDate, then the CloudWatch timestamp. */
  private static Instant eventTime(RecordValues record, RecordOrigin origin) {
    Instant time = record.eventTimestamp();
    if (time == null) {
      time = record.messageTime("creationDate");
    }
    return time != null ? time : origin.fallbackTime();
  }

  private static String firstPresent(String a, String b, String c) {
    return a != null ? a : b != null ? b : JsonValues.isAbsent(c) ? null : c;
  }

  private static Rejection reject(RecordValues record, RecordOrigin origin, QuarantineReason reason, String detail) {
    return new Rejection(origin.sourceObject(), origin.offset(), reason, detail, Rejection.rawText(record.raw()));
  }

  static Rejection reject(JsonNode record, RecordOrigin origin, QuarantineReason reason, String detail) {
    return reject(new TreeRecord(record), origin, reason, detail);
  }
}
