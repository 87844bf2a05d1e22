package io.cognitoanalyzer.archive;

import io.cognitoanalyzer.normalize.QuarantineReason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Detects compression by magic bytes, never by file name: CloudWatch subscription objects are gzip
 * without an extension, and Firehose may or may not compress. Gzip is unwrapped, including
 * several members back to back and gzip inside gzip; other compressions are named and refused.
 */
public final class Compression {
  private Compression() {}

  /** Gzip inside gzip inside gzip is the deepest nesting any AWS path produces. */
  static final int MAX_GZIP_LAYERS = 3;

  static final int BUFFER = 1 << 16;

  /** Thrown when the bytes are not something this tool reads. */
  public static final class UnreadableContent extends IOException {
    private static final long serialVersionUID = 1L;
    public final QuarantineReason reason;

    UnreadableContent(QuarantineReason reason, String detail) {
      super(detail);
      this.reason = reason;
    }
  }

  /**
   * Returns {@code raw} decompressed, as many gzip layers as there are. Multi-member gzip is read
   * to the end: the JDK's GZIPInputStream may stop after the first member when {@code available()}
   * returns 0, which S3 streams do.
   *
   * @throws UnreadableContent for zip, snappy, bzip2, zstd, xz and other non-text bytes
   */
  public static InputStream decompress(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, BUFFER);
    for (int layer = 0; layer <= MAX_GZIP_LAYERS; layer++) {
      byte[] head = peek(in, 16);
      if (isGzip(head)) {
        if (layer == MAX_GZIP_LAYERS) {
          throw new UnreadableContent(
              QuarantineReason.UNSUPPORTED_COMPRESSION, "more than " + MAX_GZIP_LAYERS + " nested gzip layers");
        }
        in = new BufferedInputStream(new GzipCompressorInputStream(in, true), BUFFER);
        continue;
      }
      String other = otherCompression(head);
      if (other != null) {
        throw new UnreadableContent(QuarantineReason.UNSUPPORTED_COMPRESSION, other + " data is not supported; deliver gzip or plain JSON");
      }
      return in;
    }
    throw new IllegalStateException("unreachable");
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** The name of a compression format {@code head} starts with, or null. */
  static String otherCompression(byte[] head) {
    if (startsWith(head, 'P', 'K', 3, 4)) {
      return "zip";
    }
    if (startsWith(head, 0xff, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y')) {
      return "snappy (framed)";
    }
    if (startsWith(head, 'B', 'Z', 'h')) {
      return "bzip2";
    }
    if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
      return "zstd";
    }
    if (startsWith(head, 0xfd, '7', 'z', 'X', 'Z', 0x00)) {
      return "xz";
    }
    if (startsWith(head, 'P', 'A', 'R', '1')) {
      return "parquet";
    }
    if (startsWith(head, 'O', 'R', 'C')) {
      return "orc";
    }
    return null;
  }

  /** Up to {@code n} bytes from the start of {@code in}, which is left where it was. */
  static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] buf = new byte[n];
    int read = 0;
    while (read < n) {
      int r = in.read(buf, read, n - read);
      if (r < 0) {
        break;
      }
      read += r;
    }
    in.reset();
    return Arrays.copyOf(buf, read);
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != (magic[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }
}
