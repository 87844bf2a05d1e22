package io.cognitoanalyzer.archive;

import io.cognitoanalyzer.normalize.EventTimes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Reads a CloudWatch Logs export file: lines {@code <ISO-8601 timestamp> <message>}. A line that
 * does not start with a timestamp continues the previous message (a message holding a newline).
 * Lines are returned in file order; the export does not sort them and neither does this.
 */
public final class ExportLineSplitter {

  /** One exported log event. {@code time} is CloudWatch's, not Cognito's eventTimestamp. */
  public record Line(long offset, Instant time, byte[] message, String raw) {}

  static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})");

  private final ByteSource in;
  private ByteArrayOutputStream pendingLine;
  private long pendingOffset;
  private ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private boolean eof;
  private long partialOffset;

  public ExportLineSplitter(InputStream in) {
    this.in = new ByteSource(in);
  }

  /** True when {@code head} (the first bytes of a text stream) starts like an export line. */
  public static boolean looksLikeExport(String head) {
    return TIMESTAMP.matcher(head).lookingAt();
  }

  /** Bytes of the line being read when the stream failed. */
  public byte[] partial() {
    return partial.toByteArray();
  }

  /** Stream offset of the line being read when the stream failed. */
  public long partialOffset() {
    return partialOffset;
  }

  /** The next event, or null at the end. */
  public Line next() throws IOException {
    while (!eof) {
      long lineOffset = in.position();
      byte[] line = readLine();
      if (line == null) {
        eof = true;
        break;
      }
      if (pendingLine == null) {
        pendingLine = new ByteArrayOutputStream();
        pendingLine.write(line);
        pendingOffset = lineOffset;
        continue;
      }
      if (startsWithTimestamp(line)) {
        Line done = toLine(pendingOffset, pendingLine.toByteArray());
        pendingLine = new ByteArrayOutputStream();
        pendingLine.write(line);
        pendingOffset = lineOffset;
        return done;
      }
      pendingLine.write('\n');
      pendingLine.write(line);
    }
    return drainPending();
  }

  /** The buffered event, if any: at the end of the stream, or before it failed. */
  public Line drainPending() {
    if (pendingLine == null) {
      return null;
    }
    Line done = toLine(pendingOffset, pendingLine.toByteArray());
    pendingLine = null;
    return done;
  }

  private static boolean startsWithTimestamp(byte[] line) {
    int n = Math.min(line.length, 40);
    return looksLikeExport(new String(line, 0, n, StandardCharsets.US_ASCII));
  }

  private static Line toLine(long offset, byte[] text) {
    String raw = new String(text, StandardCharsets.UTF_8);
    int space = raw.indexOf(' ');
    String head = space < 0 ? raw : raw.substring(0, space);
    Instant time = TIMESTAMP.matcher(head).matches() ? EventTimes.iso(head) : null;
    if (time == null && head.length() >= 20) {
      time = EventTimes.iso(head.replaceFirst("(\\d{2})(\\d{2})$", "$1:$2"));
    }
    byte[] message =
        space < 0 || time == null
            ? text
            : raw.substring(space + 1).getBytes(StandardCharsets.UTF_8);
    return new Line(offset, time, message, raw);
  }

  /** One line without its terminator (\n or \r\n), or null at the end of the stream. */
  private byte[] readLine() throws IOException {
    partial.reset();
    partialOffset = in.position();
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      any = true;
      if (b == '\n') {
        break;
      }
      partial.write(b);
    }
    if (!any) {
      return null;
    }
    byte[] line = partial.toByteArray();
    partial.reset();
    int len = line.length;
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    return len == line.length ? line : java.util.Arrays.copyOf(line, len);
  }
}
