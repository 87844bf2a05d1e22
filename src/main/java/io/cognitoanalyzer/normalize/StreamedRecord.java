package io.cognitoanalyzer.normalize;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record of the plain shape as {@link StreamingRecordParser} read it: every value a scalar kept
 * as its text (a JSON null as Java null, a JSON boolean as "true"/"false", which every {@link
 * JsonValues} rule reads the same way), except {@code message.challenges}, kept as its text or its
 * array items. The message is always an object here; the reader declines any other record.
 */
final class StreamedRecord implements RecordValues {
  private final byte[] source;
  private final int sourceOffset;
  private final int sourceLength;

  String eventSource;
  String logLevel;
  /** {@code eventTimestamp} when it is a JSON integer; otherwise {@link #timestampText} holds it. */
  Long timestampNumber;
  String timestampText;
  String logSourcePool;
  /** Every message key but challenges, with its value as text. */
  final Map<String, String> message = new HashMap<>(48);
  boolean hasChallenges;
  /** challenges as a JSON string (or null); null when it is an array. */
  String challengesText;
  /** challenges as an array of scalars read as text; null when it is not an array. */
  List<String> challengeItems;

  /** {@code source}: the bytes the record was read from, kept only for a rejection's raw text. */
  StreamedRecord(byte[] source, int sourceOffset, int sourceLength) {
    this.source = source;
    this.sourceOffset = sourceOffset;
    this.sourceLength = sourceLength;
  }

  @Override
  public boolean hasMessageObject() {
    return true;
  }

  @Override
  public String eventSource() {
    return JsonValues.text(eventSource);
  }

  @Override
  public String logLevel() {
    return JsonValues.text(logLevel);
  }

  @Override
  public Instant eventTimestamp() {
    return timestampNumber != null ? EventTimes.epoch(timestampNumber.longValue()) : EventTimes.epoch(timestampText);
  }

  @Override
  public String logSourcePool() {
    return JsonValues.text(logSourcePool);
  }

  @Override
  public boolean messageHas(String key) {
    return message.containsKey(key) || hasChallenges && key.equals(StreamingRecordParser.CHALLENGES);
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
    if (challengeItems == null) {
      return challengesText == null ? null : Challenges.ofText(challengesText);
    }
    List<Challenge> out = new ArrayList<>(challengeItems.size());
    for (String item : challengeItems) {
      Challenges.addItem(out, item);
    }
    return out;
  }

  /** challenges is a known key (see {@link CognitoRecordNormalizer}), so it is never copied. */
  @Override
  public void copyUnknownMessageKeys(Set<String> known, Map<String, String> extra) {
    for (Map.Entry<String, String> field : message.entrySet()) {
      if (!known.contains(field.getKey())) {
        extra.put(field.getKey(), field.getValue());
      }
    }
  }

  @Override
  public String raw() {
    return new String(source, sourceOffset, sourceLength, StandardCharsets.UTF_8);
  }
}
