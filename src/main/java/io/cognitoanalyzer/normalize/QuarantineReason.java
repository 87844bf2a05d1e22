package io.cognitoanalyzer.normalize;

import java.util.Locale;

/**
 * Why a record or an object went to quarantine. The lower-case code is stored in the {@code
 * reason} column; analysts filter on it, so codes are stable: add new ones, never rename.
 */
public enum QuarantineReason {
  /** The object has zero bytes, or decompresses to nothing. */
  EMPTY_OBJECT,
  /** A compression Cognito's paths can produce but this tool does not read (zip, snappy, ...). */
  UNSUPPORTED_COMPRESSION,
  /** Bytes that are neither gzip nor text. */
  BINARY_OBJECT,
  /** The gzip stream ends early or is corrupt; records before the cut were kept. */
  TRUNCATED_GZIP,
  /** The object could not be read at all (I/O error other than a gzip problem). */
  READ_ERROR,
  /** Text that does not parse as JSON. */
  MALFORMED_JSON,
  /** A single JSON value larger than the decoder accepts. */
  RECORD_TOO_LARGE,
  /** A Firehose error record (processing-failed/ and similar prefixes). */
  FIREHOSE_ERROR_RECORD,
  /** Valid JSON of no known shape: not a Cognito record, envelope, dump page or error record. */
  UNRECOGNIZED_RECORD,
  /** A Cognito record whose eventSource is neither user activity nor user notification. */
  UNKNOWN_EVENT_SOURCE,
  /** A user-activity record without an eventId. */
  MISSING_EVENT_ID,
  /** No pool in logSourceId, message or the object key. */
  MISSING_USER_POOL_ID,
  /** No usable eventTimestamp, creationDate or CloudWatch timestamp. */
  MISSING_EVENT_TIME;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
