package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A record read as a Jackson tree: any shape, including the ones the streaming reader declines. */
final class TreeRecord implements RecordValues {
  private final JsonNode record;
  private final JsonNode message;

  TreeRecord(JsonNode record) {
    this.record = record;
    this.message = record.path("message");
  }

  @Override
  public boolean hasMessageObject() {
    return message.isObject();
  }

  @Override
  public String eventSource() {
    return JsonValues.text(record.get("eventSource"));
  }

  @Override
  public String logLevel() {
    return JsonValues.text(record.get("logLevel"));
  }

  @Override
  public Instant eventTimestamp() {
    return EventTimes.epoch(record.get("eventTimestamp"));
  }

  @Override
  public String logSourcePool() {
    return JsonValues.text(record.path("logSourceId").get("userPoolId"));
  }

  @Override
  public boolean messageHas(String key) {
    return message.has(key);
  }

  @Override
  public String messageText(String key) {
    return JsonValues.text(message.get(key));
  }

  @Override
  public Boolean messageBool(String key) {
    return JsonValues.bool(message.get(key));
  }

  @Override
  public Instant messageTime(String key) {
    return EventTimes.any(message.get(key));
  }

  @Override
  public List<Challenge> challenges() {
    return Challenges.of(message.get("challenges"));
  }

  @Override
  public void copyUnknownMessageKeys(Map<String, String> extra) {
    JsonValues.copyUnknownKeys(message, "", CognitoRecordNormalizer.KNOWN_MESSAGE_KEYS, extra);
  }

  @Override
  public String raw() {
    return record.toString();
  }
}
