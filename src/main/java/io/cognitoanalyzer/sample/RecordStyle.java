package io.cognitoanalyzer.sample;

/**
 * How one auth event's records are spelled, independent of what they say. Real exports are
 * schema-unstable ("subject to change"), so readers must cope with each of these variations.
 *
 * @param timestamp how {@code eventTimestamp} is written
 * @param jsonBooleans write {@code compromisedCredentialDetected}/{@code hasContextData} as JSON
 *     booleans instead of the usual strings
 * @param wrongWeekday {@code creationDate} names the wrong day of the week
 * @param extraKey an unknown {@code message.authFlow} key is present
 * @param omitLogSourceId the {@code logSourceId} object is missing
 * @param eventSource {@code USER_AUTH_EVENTS} (real data) or {@code USER_ACTIVITY} (AWS doc)
 */
record RecordStyle(
    Timestamp timestamp,
    boolean jsonBooleans,
    boolean wrongWeekday,
    boolean extraKey,
    boolean omitLogSourceId,
    String eventSource) {

  /** Spellings of {@code eventTimestamp}. */
  enum Timestamp {
    /** {@code "1772323200000"}: what AWS writes. */
    STRING,
    /** {@code 1772323200000} as a JSON number. */
    NUMBER,
    /** Key absent: readers must fall back to creationDate. */
    MISSING,
    /** A non-numeric string: readers must fall back to creationDate. */
    GARBAGE
  }

  static final String USER_AUTH_EVENTS = "USER_AUTH_EVENTS";
  static final String USER_ACTIVITY = "USER_ACTIVITY";

  /** The spelling of the one real sample. */
  static final RecordStyle PLAIN =
      new RecordStyle(Timestamp.STRING, false, false, false, false, USER_AUTH_EVENTS);

  RecordStyle withTimestamp(Timestamp value) {
    return new RecordStyle(value, jsonBooleans, wrongWeekday, extraKey, omitLogSourceId, eventSource);
  }

  RecordStyle withJsonBooleans() {
    return new RecordStyle(timestamp, true, wrongWeekday, extraKey, omitLogSourceId, eventSource);
  }

  RecordStyle withWrongWeekday() {
    return new RecordStyle(timestamp, jsonBooleans, true, extraKey, omitLogSourceId, eventSource);
  }

  RecordStyle withExtraKey() {
    return new RecordStyle(timestamp, jsonBooleans, wrongWeekday, true, omitLogSourceId, eventSource);
  }

  RecordStyle withoutLogSourceId() {
    return new RecordStyle(timestamp, jsonBooleans, wrongWeekday, extraKey, true, eventSource);
  }

  RecordStyle withEventSource(String value) {
    return new RecordStyle(timestamp, jsonBooleans, wrongWeekday, extraKey, omitLogSourceId, value);
  }
}
