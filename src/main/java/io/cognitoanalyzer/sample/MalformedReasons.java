package io.cognitoanalyzer.sample;

import io.cognitoanalyzer.normalize.QuarantineReason;
import java.util.List;

/**
 * Quarantine reason codes that the sample archive deliberately provokes. They are the keys of
 * {@link SampleSummary#malformedByReason()}: the ingest job's own codes, so the two cannot drift.
 */
public final class MalformedReasons {
  private MalformedReasons() {}

  /** A record (or a CloudWatch log event's message) that is not valid JSON. */
  public static final String MALFORMED_JSON = QuarantineReason.MALFORMED_JSON.code();
  /** A gzip object cut in the middle of its compressed bytes. */
  public static final String TRUNCATED_GZIP = QuarantineReason.TRUNCATED_GZIP.code();
  /** A zero-byte object. */
  public static final String EMPTY_OBJECT = QuarantineReason.EMPTY_OBJECT.code();
  /** An object of non-text bytes that is not gzip either. */
  public static final String BINARY_OBJECT = QuarantineReason.BINARY_OBJECT.code();
  /** A Firehose {@code processing-failed/} error document (base64 {@code rawData}). */
  public static final String FIREHOSE_ERROR_RECORD = QuarantineReason.FIREHOSE_ERROR_RECORD.code();
  /** An auth-event record with neither a usable eventTimestamp nor a usable creationDate. */
  public static final String MISSING_EVENT_TIME = QuarantineReason.MISSING_EVENT_TIME.code();
  /** A record whose eventSource is none of the known ones. */
  public static final String UNKNOWN_EVENT_SOURCE = QuarantineReason.UNKNOWN_EVENT_SOURCE.code();

  /** Every code above; the sample archive provokes each at least once. */
  public static final List<String> ALL =
      List.of(
          MALFORMED_JSON,
          TRUNCATED_GZIP,
          EMPTY_OBJECT,
          BINARY_OBJECT,
          FIREHOSE_ERROR_RECORD,
          MISSING_EVENT_TIME,
          UNKNOWN_EVENT_SOURCE);
}
