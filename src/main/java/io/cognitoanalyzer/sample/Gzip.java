package io.cognitoanalyzer.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * In-memory gzip for the small sample objects. The JDK writes a fixed header (mtime 0), so equal
 * input gives equal bytes.
 */
final class Gzip {
  private Gzip() {}

  /** One gzip member holding {@code data}, default level (6, like CloudWatch Logs). */
  static byte[] member(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A gzip stream of {@code parts} concatenated, cut short: each part is sync-flushed, and the
   * bytes end exactly where part {@code keptParts} would begin. Decompressing yields exactly the
   * first {@code keptParts} parts, whole, and then an unexpected end of input (no final block, no
   * trailer), so a reader sees no half record whatever its buffering.
   */
  static byte[] truncatedMember(List<byte[]> parts, int keptParts) {
    if (keptParts < 1 || keptParts >= parts.size()) {
      throw new IllegalArgumentException(
          "must keep between 1 and " + (parts.size() - 1) + " parts, got " + keptParts);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int cut = 0;
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 512, true)) {
      for (int i = 0; i < parts.size(); i++) {
        gzip.write(parts.get(i));
        gzip.flush();
        if (i == keptParts - 1) {
          cut = out.size();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Arrays.copyOf(out.toByteArray(), cut);
  }
}
