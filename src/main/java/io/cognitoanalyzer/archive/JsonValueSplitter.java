package io.cognitoanalyzer.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into root-level JSON values that follow each other with any whitespace, or
 * none, between them: NDJSON with or without a last newline, Firehose's {@code {..}{..}}, CRLF,
 * pretty-printed pages. It tracks only brackets and strings; each value is then parsed on its own,
 * so one bad value cannot take its neighbours with it.
 *
 * <p>Resynchronisation rules: text outside any value runs to the end of its line and is returned as
 * {@link Kind#GARBAGE}; a raw newline inside a string (illegal in JSON) ends the value as {@link
 * Kind#BROKEN}, so a record cut mid-line does not swallow the next line. With {@code
 * newlineEndsValue}, every newline inside a value ends it; that mode re-splits a multi-line chunk
 * that failed to parse.
 *
 * <p>A caller can also read an object in place ({@link #objectWindow}, then {@link #skip}): a
 * parser that finds the value's end itself spares this class's byte-by-byte scan, and falls back to
 * {@link #next} for anything it cannot read.
 */
public final class JsonValueSplitter {

  /** What a chunk is. */
  public enum Kind {
    /** Balanced brackets: probably one JSON value. */
    VALUE,
    /** A value that ended before its brackets closed. */
    BROKEN,
    /** Text outside any value. */
    GARBAGE,
    /** A value longer than the limit; {@link Chunk#bytes} holds its start. */
    TOO_LARGE
  }

  /** One piece of the stream, with its byte offset in the stream. */
  public record Chunk(Kind kind, long offset, byte[] bytes, int length) {
    public boolean containsNewline() {
      for (int i = 0; i < length; i++) {
        if (bytes[i] == '\n') {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Bytes buffered from the start of the next value, {@code bytes[start, end)}, which starts at
   * {@code offset} in the stream. Valid until the next call on the splitter.
   */
  public record Window(byte[] bytes, int start, int end, long offset) {}

  /** Largest value kept whole; real records are about 1 KB and a CloudWatch batch at most 1 MB. */
  public static final int DEFAULT_MAX_VALUE_BYTES = 32 << 20;

  private final InputStream in;
  private final boolean newlineEndsValue;
  private final int maxValueBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int len;
  /** Stream offset of buffer[0]. */
  private long bufferStart;

  /**
   * Least bytes {@link #objectWindow} tries to hold: many records' worth, so that few records run
   * past a window's end (those are read again by {@link #next}).
   */
  static final int MIN_WINDOW_BYTES = 16 << 10;

  private boolean endOfStream;
  /** A read that failed while refilling a window; thrown once the bytes before it are used up. */
  private IOException deferredFailure;

  private byte[] out = new byte[4096];
  private int outLen;
  private long partialOffset = -1;

  public JsonValueSplitter(InputStream in) {
    this(in, false, DEFAULT_MAX_VALUE_BYTES);
  }

  public JsonValueSplitter(InputStream in, boolean newlineEndsValue, int maxValueBytes) {
    this.in = in;
    this.newlineEndsValue = newlineEndsValue;
    this.maxValueBytes = maxValueBytes;
  }

  /** The bytes of the value being read when the stream failed, for the quarantine; may be empty. */
  public Chunk partial() {
    return new Chunk(Kind.BROKEN, Math.max(partialOffset, 0), out, Math.min(outLen, maxValueBytes));
  }

  /**
   * The next chunk, or null at the end of the stream. The chunk's byte array is reused by the
   * next call.
   *
   * @throws IOException when the underlying stream fails (for example a truncated gzip); the chunk
   *     being read is then available from {@link #partial()}
   */
  public Chunk next() throws IOException {
    outLen = 0;
    partialOffset = -1;
    int first = skipWhitespace();
    if (first < 0) {
      return null;
    }
    partialOffset = bufferStart + pos;
    return first == '{' || first == '[' ? value() : garbage();
  }

  /**
   * The buffered bytes from the next value on, when that value is an object; null when it is not,
   * or at the end of the stream. Nothing is consumed: the caller either reads the object in place
   * and calls {@link #skip}, or calls {@link #next} as if this had not been called.
   */
  public Window objectWindow() throws IOException {
    outLen = 0;
    partialOffset = -1;
    if (skipWhitespace() != '{') {
      return null;
    }
    partialOffset = bufferStart + pos;
    if (len - pos < MIN_WINDOW_BYTES) {
      refillKeeping();
    }
    return new Window(buffer, pos, len, bufferStart + pos);
  }

  /** Consumes the window's bytes up to {@code end}, where the value read in place ended. */
  public void skip(int end) {
    if (end <= pos || end > len) {
      throw new IllegalArgumentException("skip to " + end + " outside the window [" + pos + ", " + len + "]");
    }
    pos = end;
  }

  /** Skips whitespace (and a UTF-8 byte-order mark) between values; the next byte, or -1 at the end. */
  private int skipWhitespace() throws IOException {
    while (true) {
      if (pos == len && !fill()) {
        return -1;
      }
      int b = buffer[pos] & 0xff;
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF) {
        pos++;
      } else {
        return b;
      }
    }
  }

  /**
   * Moves the unread bytes to the buffer's start and reads until it is full or the stream ends. A
   * failing read is held back until the bytes before it have been delivered.
   */
  private void refillKeeping() {
    if (endOfStream || deferredFailure != null) {
      return;
    }
    bufferStart += pos;
    System.arraycopy(buffer, pos, buffer, 0, len - pos);
    len -= pos;
    pos = 0;
    try {
      while (len < buffer.length) {
        int n = in.read(buffer, len, buffer.length - len);
        if (n <= 0) {
          endOfStream = true;
          return;
        }
        len += n;
      }
    } catch (IOException e) {
      deferredFailure = e;
    }
  }

  /** Scans one value; the hot loop works on the buffer and copies whole runs. */
  private Chunk value() throws IOException {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    while (true) {
      if (pos == len) {
        if (!fill()) {
          return chunk(Kind.BROKEN);
        }
      }
      int runStart = pos;
      byte[] buf = buffer;
      int end = len;
      int i = pos;
      for (; i < end; i++) {
        int b = buf[i];
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
          } else if (b == '\n') {
            append(buf, runStart, i - runStart);
            pos = i + 1;
            return chunk(Kind.BROKEN);
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          depth++;
        } else if (b == '}' || b == ']') {
          if (--depth == 0) {
            append(buf, runStart, i + 1 - runStart);
            pos = i + 1;
            return chunk(Kind.VALUE);
          }
        } else if (b == '\n' && newlineEndsValue) {
          append(buf, runStart, i - runStart);
          pos = i + 1;
          return chunk(Kind.BROKEN);
        }
      }
      append(buf, runStart, end - runStart);
      pos = end;
    }
  }

  private Chunk garbage() throws IOException {
    while (true) {
      if (pos == len && !fill()) {
        return chunk(Kind.GARBAGE);
      }
      int runStart = pos;
      for (int i = pos; i < len; i++) {
        if (buffer[i] == '\n') {
          append(buffer, runStart, i - runStart);
          pos = i + 1;
          return chunk(Kind.GARBAGE);
        }
      }
      append(buffer, runStart, len - runStart);
      pos = len;
    }
  }

  private Chunk chunk(Kind kind) {
    Kind k = outLen > maxValueBytes ? Kind.TOO_LARGE : kind;
    return new Chunk(k, partialOffset, out, Math.min(outLen, maxValueBytes));
  }

  /** Keeps at most maxValueBytes + 1 bytes, but counts them all, so oversized values are told. */
  private void append(byte[] src, int from, int n) {
    int room = maxValueBytes + 1 - outLen;
    int copy = Math.max(0, Math.min(n, room));
    if (copy > 0) {
      if (outLen + copy > out.length) {
        out = Arrays.copyOf(out, Math.min(Math.max(out.length * 2, outLen + copy), maxValueBytes + 1));
      }
      System.arraycopy(src, from, out, outLen, copy);
    }
    outLen += n;
  }

  /** One underlying read: bytes already delivered are never lost to a later failure. */
  private boolean fill() throws IOException {
    bufferStart += len;
    pos = 0;
    len = 0;
    if (deferredFailure != null) {
      throw deferredFailure;
    }
    if (endOfStream) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      endOfStream = true;
      return false;
    }
    len = n;
    return true;
  }
}
