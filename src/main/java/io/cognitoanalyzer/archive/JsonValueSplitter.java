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

  /** Largest value kept whole; real records are about 1 KB and a CloudWatch batch at most 1 MB. */
  public static final int DEFAULT_MAX_VALUE_BYTES = 32 << 20;

  private final ByteSource in;
  private final boolean newlineEndsValue;
  private final int maxValueBytes;

  private byte[] out = new byte[4096];
  private int outLen;
  private long partialOffset = -1;

  public JsonValueSplitter(InputStream in) {
    this(in, false, DEFAULT_MAX_VALUE_BYTES);
  }

  public JsonValueSplitter(InputStream in, boolean newlineEndsValue, int maxValueBytes) {
    this.in = new ByteSource(in);
    this.newlineEndsValue = newlineEndsValue;
    this.maxValueBytes = maxValueBytes;
  }

  /** The bytes of the value being read when the stream failed, for the quarantine; may be empty. */
  public Chunk partial() {
    return new Chunk(Kind.BROKEN, Math.max(partialOffset, 0), out, Math.min(outLen, maxValueBytes));
  }

  /**
   * The next chunk, or null at the end of the stream.
   *
   * @throws IOException when the underlying stream fails (for example a truncated gzip); the chunk
   *     being read is then available from {@link #partial()}
   */
  public Chunk next() throws IOException {
    outLen = 0;
    partialOffset = -1;
    int b;
    // Skip whitespace (and a UTF-8 byte-order mark) between values.
    do {
      b = read();
      if (b < 0) {
        return null;
      }
    } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
    partialOffset = in.position() - 1;
    if (b != '{' && b != '[') {
      return garbage(b);
    }
    append(b);
    int depth = 1;
    boolean inString = false;
    boolean escaped = false;
    while ((b = read()) >= 0) {
      if (b == '\n' && (inString || newlineEndsValue)) {
        return chunk(Kind.BROKEN);
      }
      append(b);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if ((b == '}' || b == ']') && --depth == 0) {
        return chunk(Kind.VALUE);
      }
    }
    return chunk(Kind.BROKEN);
  }

  private Chunk garbage(int first) throws IOException {
    append(first);
    int b;
    while ((b = read()) >= 0 && b != '\n') {
      append(b);
    }
    return chunk(Kind.GARBAGE);
  }

  private Chunk chunk(Kind kind) {
    Kind k = outLen > maxValueBytes ? Kind.TOO_LARGE : kind;
    return new Chunk(k, partialOffset, out, Math.min(outLen, maxValueBytes));
  }

  private void append(int b) {
    if (outLen < maxValueBytes + 1) {
      if (outLen == out.length) {
        out = Arrays.copyOf(out, Math.min(out.length * 2, maxValueBytes + 1));
      }
      out[outLen] = (byte) b;
    }
    outLen++;
  }

  private int read() throws IOException {
    return in.read();
  }
}
