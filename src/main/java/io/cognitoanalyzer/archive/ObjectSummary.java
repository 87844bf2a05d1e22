package io.cognitoanalyzer.archive;

import io.cognitoanalyzer.normalize.Decoded;

/**
 * What one object yielded, for the run manifest.
 *
 * @param sourceFormat the layout detected from the content; "unknown" when nothing was decoded
 * @param bytes the object's size as stored
 * @param records raw records yielded (rows, notifications and record-level rejections)
 * @param controlMessages CloudWatch CONTROL_MESSAGE envelopes skipped
 * @param sideOutputs notifications and rejections the object yielded; objects with none need not
 *     be read again by the pass that collects them
 */
public record ObjectSummary(
    String sourceObject,
    String sourceFormat,
    long bytes,
    long records,
    long controlMessages,
    long sideOutputs)
    implements Decoded {
  public static final String UNKNOWN_FORMAT = "unknown";
}
