package io.cognitoanalyzer.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lets the head of a stream be looked at before it is read. Reads never combine peeked bytes with
 * a fresh underlying read, so a failing underlying read cannot swallow bytes already taken from it
 * (which PushbackInputStream and BufferedInputStream both can).
 */
public final class PeekableInputStream extends InputStream {
  private final InputStream in;
  private byte[] head = new byte[0];
  private int headPos;

  PeekableInputStream(InputStream in) {
    this.in = in;
  }

  /** Up to {@code n} bytes from the current position, which stays where it is. */
  public byte[] peek(int n) throws IOException {
    int buffered = head.length - headPos;
    if (buffered < n) {
      byte[] more = Arrays.copyOfRange(head, headPos, headPos + n);
      int filled = buffered;
      while (filled < n) {
        int r = in.read(more, filled, n - filled);
        if (r < 0) {
          break;
        }
        filled += r;
      }
      head = Arrays.copyOf(more, filled);
      headPos = 0;
    }
    return Arrays.copyOfRange(head, headPos, headPos + Math.min(n, head.length - headPos));
  }

  @Override
  public int read() throws IOException {
    if (headPos < head.length) {
      return head[headPos++] & 0xff;
    }
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (headPos < head.length) {
      int n = Math.min(len, head.length - headPos);
      System.arraycopy(head, headPos, b, off, n);
      headPos += n;
      return n;
    }
    return in.read(b, off, len);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
