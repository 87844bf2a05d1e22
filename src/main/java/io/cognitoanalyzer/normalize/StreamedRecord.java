package io.cognitoanalyzer.normalize;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A record of the plain shape as {@link StreamingRecordParser} read it: every value a scalar kept
 * as its text (a JSON null as Java null, a JSON boolean as "true"/"false", which every {@link
 * JsonValues} rule reads the same way), except {@code message.challenges}, kept as its text or its
 * array items. The message is always an object here; the reader declines any other record.
 */
final class StreamedRecord implements RecordValues {
  /** The known message keys, numbered: each has a slot of its own. */
  static final ExpectedNames MESSAGE_KEYS = new ExpectedNames(CognitoRecordNormalizer.KNOWN_MESSAGE_KEYS_IN_ORDER);

  static final int CHALLENGES = MESSAGE_KEYS.number("challenges");

  private final byte[] source;
  private final int sourceOffset;
  private int sourceLength;

  String eventSource;
  String logLevel;
  /** {@code eventTimestamp} when it is a JSON integer; otherwise {@link #timestampText} holds it. */
  Long timestampNumber;
  String timestampText;
  String logSourcePool;

  /** The known message keys' values by number, and which of them the message has. */
  private final String[] known = new String[MESSAGE_KEYS.size()];
  private long present;
  /** The other message keys and their values, in message order; null while there are none. */
  private List<String> otherKeys;
  private List<String> otherValues;
  /** challenges as a JSON string (or null), when it is not an array. */
  String challengesText;
  /** challenges as an array of scalars read as text; null when it is not an array. */
  List<String> challengeItems;

  /** {@code source}: the bytes the record was read from, kept only for a rejection's raw text. */
  StreamedRecord(byte[] source, int sourceOffset, int sourceLength) {
    this.source = source;
    this.sourceOffset = sourceOffset;
    this.sourceLength = sourceLength;
  }

  /** Narrows the source to the record's own bytes, once the parser has found where it ends. */
  void endsAt(int end) {
    sourceLength = end - sourceOffset;
  }

  /** The index just past the record's bytes in its source. */
  int end() {
    return sourceOffset + sourceLength;
  }

  /** Marks known message key {@code number} present; false if it already was (a duplicate key). */
  boolean addKnown(int number) {
    long bit = 1L << number;
    if ((present & bit) != 0) {
      return false;
    }
    present |= bit;
    return true;
  }

  void setKnown(int number, String value) {
    known[number] = value;
  }

  /** Adds a message key outside the known ones; false if the message already had it. */
  boolean addOther(String key, String value) {
    if (otherKeys == null) {
      otherKeys = new ArrayList<>(4);
      otherValues = new ArrayList<>(4);
    } else if (otherKeys.contains(key)) {
      return false;
    }
    otherKeys.add(key);
    otherValues.add(value);
    return true;
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
    int number = MESSAGE_KEYS.number(key);
    return number >= 0 ? (present & 1L << number) != 0 : otherKeys != null && otherKeys.contains(key);
  }

  @Override
  public String messageText(String key) {
    return JsonValues.text(value(key));
  }

  @Override
  public Boolean messageBool(String key) {
    return JsonValues.bool(value(key));
  }

  @Override
  public Instant messageTime(String key) {
    return EventTimes.any(value(key));
  }

  /** A message value as read; challenges is read only through {@link #challenges()}. */
  private String value(String key) {
    int number = MESSAGE_KEYS.number(key);
    if (number >= 0) {
      return known[number];
    }
    int other = otherKeys == null ? -1 : otherKeys.indexOf(key);
    return other < 0 ? null : otherValues.get(other);
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

  @Override
  public void copyUnknownMessageKeys(Map<String, String> extra) {
    if (otherKeys != null) {
      for (int i = 0; i < otherKeys.size(); i++) {
        extra.put(otherKeys.get(i), otherValues.get(i));
      }
    }
  }

  @Override
  public String raw() {
    return new String(source, sourceOffset, sourceLength, StandardCharsets.UTF_8);
  }
}
