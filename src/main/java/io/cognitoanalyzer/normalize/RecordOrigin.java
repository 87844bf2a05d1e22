package io.cognitoanalyzer.normalize;

import java.time.Instant;

/**
 * Where a record came from and what its surroundings say about it.
 *
 * @param sourceFormat the layout's wire name (vended_s3, firehose, ...)
 * @param sourceObject the object's full URI
 * @param offset byte offset, in the decompressed stream, of the JSON value (or line) holding the
 *     record
 * @param fallbackTime the CloudWatch line or envelope timestamp, the last resort for event_time;
 *     null when the layout has none
 * @param keyPool the user pool named by the object key, or null
 * @param keyUser the user name named by the object key (API dumps), or null
 */
public record RecordOrigin(
    String sourceFormat,
    String sourceObject,
    long offset,
    Instant fallbackTime,
    String keyPool,
    String keyUser) {

  public RecordOrigin withFallbackTime(Instant time) {
    return new RecordOrigin(sourceFormat, sourceObject, offset, time, keyPool, keyUser);
  }
}
