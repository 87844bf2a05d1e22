package io.cognitoanalyzer.archive;

import java.io.IOException;
import java.io.InputStream;

/**
 * Byte-at-a-time reading over an internal buffer that is filled by one underlying read per fill.
 * Unlike BufferedInputStream, which loops over reads to fill its buffer, a failing read (a gzip
 * truncation) never discards bytes that an earlier read already delivered.
 */
final class ByteSource {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int len;
  private long position;

  ByteSource(InputStream in) {
    this.in = in;
  }

  /** The next byte, or -1 at the end of the stream. */
  int read() throws IOException {
    if (pos == len) {
      int n = in.read(buffer, 0, buffer.length);
      pos = 0;
      len = Math.max(n, 0);
      if (n <= 0) {
        return -1;
      }
    }
    position++;
    return buffer[pos++] & 0xff;
  }

  /** Bytes returned so far: the offset of the next byte in the stream. */
  long position() {
    return position;
  }
}
