package io.cognitoanalyzer.archive;

import io.cognitoanalyzer.normalize.QuarantineReason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;

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
   * to the end, and a truncated stream yields every byte inflated before the cut, then throws
   * EOFException.
   *
   * @throws UnreadableContent for zip, snappy, bzip2, zstd, xz and other non-text bytes
   */
  public static PeekableInputStream decompress(InputStream raw) throws IOException {
    PeekableInputStream in = new PeekableInputStream(new BufferedInputStream(raw, BUFFER));
    for (int layer = 0; layer <= MAX_GZIP_LAYERS; layer++) {
      byte[] head = in.peek(16);
      if (isGzip(head)) {
        if (layer == MAX_GZIP_LAYERS) {
          throw new UnreadableContent(
              QuarantineReason.UNSUPPORTED_COMPRESSION, "more than " + MAX_GZIP_LAYERS + " nested gzip layers");
        }
        in = new PeekableInputStream(new GZIPInputStream(new HonestAvailable(in), BUFFER));
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

  /**
   * The JDK's GZIPInputStream looks for a next member only when {@code available()} is above 0,
   * and S3 streams (like many network streams) report 0 while more data follows, which silently
   * drops every member after the first. This stream's {@code available()} is 1 exactly when
   * another byte exists. (commons-compress reads members correctly but loses the bytes it inflated
   * in the read that hits a truncation, so it cannot keep the records before a cut.)
   */
  static final class HonestAvailable extends PushbackInputStream {
    HonestAvailable(InputStream in) {
      super(in, 1);
    }

    @Override
    public int available() throws IOException {
      int b = read();
      if (b < 0) {
        return 0;
      }
      unread(b);
      return 1;
    }
  }
}
