package io.cognitoanalyzer.normalize;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The values of one exported Cognito record, however it was parsed. {@link
 * CognitoRecordNormalizer} reads records only through this, so that the tree reader ({@link
 * TreeRecord}) and the streaming one ({@link StreamedRecord}) cannot drift apart in their rules:
 * each accessor applies the {@link JsonValues}/{@link EventTimes}/{@link Challenges} rule of its
 * name to the raw value.
 */
interface RecordValues {

  /** Whether {@code message} is a JSON object; the message accessors are meaningless otherwise. */
  boolean hasMessageObject();

  /** {@code eventSource} as text. */
  String eventSource();

  /** {@code logLevel} as text. */
  String logLevel();

  /** {@code eventTimestamp} as an epoch instant. */
  Instant eventTimestamp();

  /** {@code logSourceId.userPoolId} as text. */
  String logSourcePool();

  /** Whether the message has the key, even with a JSON null. */
  boolean messageHas(String key);

  String messageText(String key);

  Boolean messageBool(String key);

  /** A message value as a time in any of the forms of {@link EventTimes#any(String)}. */
  Instant messageTime(String key);

  /** {@code message.challenges} as challenges. */
  List<Challenge> challenges();

  /**
   * Copies the message keys outside {@link CognitoRecordNormalizer#KNOWN_MESSAGE_KEYS} into {@code
   * extra}, as their text (JSON null as null).
   */
  void copyUnknownMessageKeys(Map<String, String> extra);

  /** The record as text, for a rejection's raw column. */
  String raw();
}
