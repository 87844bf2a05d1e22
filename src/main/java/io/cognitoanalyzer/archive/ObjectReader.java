package io.cognitoanalyzer.archive;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.ApiEventNormalizer;
import io.cognitoanalyzer.normalize.CognitoRecordNormalizer;
import io.cognitoanalyzer.normalize.Decoded;
import io.cognitoanalyzer.normalize.EventTimes;
import io.cognitoanalyzer.normalize.Json;
import io.cognitoanalyzer.normalize.JsonValues;
import io.cognitoanalyzer.normalize.QuarantineReason;
import io.cognitoanalyzer.normalize.RecordOrigin;
import io.cognitoanalyzer.normalize.Rejection;
import io.cognitoanalyzer.normalize.StreamingRecordParser;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;

/**
 * Decodes one archive object into {@link Decoded} items, lazily and in constant memory: the
 * object's records (activity, notifications, rejections) in stream order, then one {@link
 * ObjectSummary}. Never throws for bad content; bad content becomes a {@link Rejection}.
 */
public final class ObjectReader implements Iterator<Decoded>, Closeable {

  /** Opens an object's bytes; production uses Hadoop's FileSystem, tests use local files. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final String uri;
  private final long size;
  private final KeyHints hints;
  private final Opener opener;
  private final ArrayDeque<Decoded> pending = new ArrayDeque<>();
  private final boolean activityRows;

  private InputStream stream;
  private JsonValueSplitter values;
  private ExportLineSplitter lines;
  private boolean started;
  private boolean finished;
  private String format;
  private long records;
  private long controlMessages;
  private long sideOutputs;

  public ObjectReader(String uri, long size, KeyHints hints, Opener opener) {
    this(uri, size, hints, opener, true);
  }

  /**
   * @param activityRows false to validate user-activity records without building them: they are
   *     counted in the summary but not yielded, which makes a pass for the side outputs cheaper
   */
  public ObjectReader(String uri, long size, KeyHints hints, Opener opener, boolean activityRows) {
    this.activityRows = activityRows;
    this.uri = uri;
    this.size = size;
    this.hints = hints;
    this.opener = opener;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !finished) {
      try {
        step();
      } catch (IOException e) {
        failStream(e);
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public Decoded next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }

  @Override
  public void close() {
    finished = true;
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException("closing " + uri, e);
      }
    }
  }

  private void step() throws IOException {
    if (!started) {
      started = true;
      start();
    } else if (lines != null) {
      ExportLineSplitter.Line line = lines.next();
      if (line == null) {
        finish();
      } else {
        exportLine(line);
      }
    } else if (!plainRecordInPlace()) {
      JsonValueSplitter.Chunk chunk = values.next();
      if (chunk == null) {
        finish();
      } else {
        chunk(chunk, values);
      }
    }
  }

  /**
   * Reads the next value straight from the splitter's buffer when it is a plain activity record
   * (most are): the parser finds the record's end, so the splitter need not scan it first. False,
   * with nothing consumed, for anything else.
   */
  private boolean plainRecordInPlace() throws IOException {
    JsonValueSplitter.Window window = values.objectWindow();
    if (window == null) {
      return false;
    }
    String layout = recordLayout();
    StreamingRecordParser.InPlace plain =
        StreamingRecordParser.normalizeFirst(window.bytes(), window.start(), window.end(), origin(layout, window.offset()), activityRows);
    if (plain == null) {
      return false;
    }
    values.skip(plain.end());
    format(layout);
    counted(plain.decoded());
    return true;
  }

  /** Sniffs the content and picks the framing. */
  private void start() throws IOException {
    if (size == 0) {
      rejectObject(QuarantineReason.EMPTY_OBJECT, "the object has 0 bytes", "");
      return;
    }
    stream = opener.open();
    PeekableInputStream text;
    try {
      text = Compression.decompress(stream);
    } catch (Compression.UnreadableContent e) {
      rejectObject(e.reason, e.getMessage(), "");
      return;
    }
    byte[] head = text.peek(512);
    String headText = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (headText.isEmpty()) {
      rejectObject(QuarantineReason.EMPTY_OBJECT, "the object holds no data after decompression", "");
    } else if (isBinary(head)) {
      rejectObject(
          QuarantineReason.BINARY_OBJECT,
          "the object is neither gzip nor text (first bytes " + hex(head, 8) + ")",
          "");
    } else if (ExportLineSplitter.looksLikeExport(headText)) {
      format = "cwl_export";
      lines = new ExportLineSplitter(text);
    } else {
      values = new JsonValueSplitter(text);
    }
  }

  private void finish() {
    pending.add(new ObjectSummary(uri, format == null ? ObjectSummary.UNKNOWN_FORMAT : format, size, records, controlMessages, sideOutputs));
    finished = true;
    close();
  }

  /** The stream failed mid-way: keep what was decoded, quarantine the cut. */
  private void failStream(IOException e) {
    if (lines != null) {
      ExportLineSplitter.Line done = lines.drainPending();
      if (done != null) {
        exportLine(done);
      }
    }
    // Before framing started the object as a whole is rejected; after, the value being read is.
    boolean recordLevel = values != null || lines != null;
    String raw = "";
    Long offset = null;
    if (values != null) {
      JsonValueSplitter.Chunk partial = values.partial();
      raw = Rejection.rawText(partial.bytes(), 0, partial.length());
      offset = partial.offset();
    } else if (lines != null) {
      byte[] partial = lines.partial();
      raw = Rejection.rawText(partial, 0, partial.length);
      offset = lines.partialOffset();
    }
    QuarantineReason reason = isGzipFailure(e) ? QuarantineReason.TRUNCATED_GZIP : QuarantineReason.READ_ERROR;
    if (recordLevel) {
      records++;
    }
    emit(new Rejection(uri, offset, reason, describe(e), raw));
    finish();
  }

  private void exportLine(ExportLineSplitter.Line line) {
    RecordOrigin origin = origin("cwl_export", line.offset()).withFallbackTime(line.time());
    if (line.time() == null) {
      recordRejected(origin, QuarantineReason.MALFORMED_JSON, "the line does not start with an ISO-8601 timestamp", line.raw());
      return;
    }
    Decoded plain = StreamingRecordParser.normalize(line.message(), 0, line.message().length, origin, activityRows);
    if (plain != null) {
      counted(plain);
      return;
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line.message());
    } catch (IOException e) {
      recordRejected(origin, QuarantineReason.MALFORMED_JSON, "the message is not JSON: " + describe(e), line.raw());
      return;
    }
    record(node, origin);
  }

  private void chunk(JsonValueSplitter.Chunk chunk, JsonValueSplitter source) {
    long offset = chunk.offset();
    switch (chunk.kind()) {
      case GARBAGE -> recordRejected(origin(null, offset), QuarantineReason.MALFORMED_JSON, "text outside any JSON value at byte " + offset, raw(chunk));
      case TOO_LARGE -> recordRejected(origin(null, offset), QuarantineReason.RECORD_TOO_LARGE, describe(chunk) + " is larger than " + JsonValueSplitter.DEFAULT_MAX_VALUE_BYTES + " bytes", raw(chunk));
      case BROKEN -> recordRejected(origin(null, offset), QuarantineReason.MALFORMED_JSON, describe(chunk) + " is cut off before its closing bracket", raw(chunk));
      case VALUE -> {
        if (plainRecord(chunk)) {
          return;
        }
        JsonNode node;
        try {
          node = Json.MAPPER.readTree(chunk.bytes(), 0, chunk.length());
        } catch (IOException e) {
          if (source == values && chunk.containsNewline()) {
            resplitByLine(chunk);
          } else {
            recordRejected(origin(null, offset), QuarantineReason.MALFORMED_JSON, describe(chunk) + " does not parse: " + describe(e), raw(chunk));
          }
          return;
        }
        value(node, offset);
      }
    }
  }

  /** Decodes the chunk on the streaming fast path if it is a plain activity record (most are). */
  private boolean plainRecord(JsonValueSplitter.Chunk chunk) {
    String layout = recordLayout();
    Decoded plain = StreamingRecordParser.normalize(chunk.bytes(), 0, chunk.length(), origin(layout, chunk.offset()), activityRows);
    if (plain == null) {
      return false;
    }
    format(layout);
    counted(plain);
    return true;
  }

  /**
   * A multi-line value that fails to parse is usually a record cut mid-line followed by good lines;
   * splitting it again with every newline as a boundary recovers those lines.
   */
  private void resplitByLine(JsonValueSplitter.Chunk chunk) {
    byte[] copy = java.util.Arrays.copyOf(chunk.bytes(), chunk.length());
    JsonValueSplitter lineSplitter =
        new JsonValueSplitter(new ByteArrayInputStream(copy), true, JsonValueSplitter.DEFAULT_MAX_VALUE_BYTES);
    try {
      for (JsonValueSplitter.Chunk part = lineSplitter.next(); part != null; part = lineSplitter.next()) {
        JsonValueSplitter.Chunk shifted = new JsonValueSplitter.Chunk(part.kind(), chunk.offset() + part.offset(), part.bytes(), part.length());
        chunk(shifted, lineSplitter);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory buffer", e);
    }
  }

  /** Dispatches one root JSON value by its keys. */
  private void value(JsonNode node, long offset) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        value(item, offset);
      }
      return;
    }
    if (node.has("messageType") && node.has("logEvents")) {
      envelope(node, offset);
    } else if (node.has("AuthEvents")) {
      format("api_dump");
      for (JsonNode event : node.path("AuthEvents")) {
        records++;
        enqueue(ApiEventNormalizer.normalize(event, origin("api_dump", offset), activityRows));
      }
    } else if (node.has("rawData") && (node.has("errorCode") || node.has("ErrorCode"))) {
      format("firehose");
      String message = JsonValues.text(JsonValues.first(node, "errorMessage", "ErrorMessage"));
      String code = JsonValues.text(JsonValues.first(node, "errorCode", "ErrorCode"));
      recordRejected(origin(null, offset), QuarantineReason.FIREHOSE_ERROR_RECORD, "Firehose error record " + code + ": " + message, node.toString());
    } else if (CognitoRecordNormalizer.looksLikeRecord(node)) {
      String layout = recordLayout();
      format(layout);
      record(node, origin(layout, offset));
    } else {
      recordRejected(origin(null, offset), QuarantineReason.UNRECOGNIZED_RECORD, "JSON of no known shape (keys " + keys(node) + ")", node.toString());
    }
  }

  /** A CloudWatch subscription envelope: each logEvents[].message is a record as a JSON string. */
  private void envelope(JsonNode node, long offset) {
    format("cwl_subscription");
    if ("CONTROL_MESSAGE".equals(JsonValues.text(node.get("messageType")))) {
      controlMessages++;
      return;
    }
    int index = 0;
    for (JsonNode logEvent : node.path("logEvents")) {
      Instant time = EventTimes.epoch(logEvent.get("timestamp"));
      RecordOrigin origin = origin("cwl_subscription", offset).withFallbackTime(time);
      String message = logEvent.path("message").asText("");
      JsonNode record;
      try {
        record = Json.MAPPER.readTree(message);
      } catch (IOException e) {
        record = null;
      }
      if (record == null || !record.isObject()) {
        recordRejected(origin, QuarantineReason.MALFORMED_JSON, "logEvents[" + index + "].message is not a JSON object", message);
      } else {
        record(record, origin);
      }
      index++;
    }
  }

  private void record(JsonNode node, RecordOrigin origin) {
    counted(CognitoRecordNormalizer.normalize(node, origin, activityRows));
  }

  /** A bare record at the root of an object: the key says which of the two layouts it is. */
  private String recordLayout() {
    return hints.vended() ? "vended_s3" : "firehose";
  }

  private void counted(Decoded record) {
    records++;
    enqueue(record);
  }

  /** Queues a record's outcome; notifications and rejections are counted as side outputs. */
  private void enqueue(Decoded item) {
    if (item == Decoded.VALID_ACTIVITY) {
      return;
    }
    emit(item);
  }

  private void emit(Decoded item) {
    if (!(item instanceof ActivityEvent)) {
      sideOutputs++;
    }
    pending.add(item);
  }

  private void recordRejected(RecordOrigin origin, QuarantineReason reason, String detail, String raw) {
    records++;
    emit(new Rejection(uri, origin.offset(), reason, detail, Rejection.rawText(raw)));
  }

  private void rejectObject(QuarantineReason reason, String detail, String raw) {
    emit(new Rejection(uri, null, reason, detail, raw));
    finish();
  }

  private void format(String detected) {
    if (format == null) {
      format = detected;
    }
  }

  private RecordOrigin origin(String layout, long offset) {
    return new RecordOrigin(layout, uri, offset, null, hints.pool(), hints.user());
  }

  /** Built only for a rejection: formatting the offset of every good value cost a few per cent. */
  private static String describe(JsonValueSplitter.Chunk chunk) {
    return "JSON value at byte " + chunk.offset();
  }

  private static String raw(JsonValueSplitter.Chunk chunk) {
    return Rejection.rawText(chunk.bytes(), 0, chunk.length());
  }

  private static String keys(JsonNode node) {
    StringBuilder out = new StringBuilder();
    node.fieldNames().forEachRemaining(k -> out.append(out.length() == 0 ? "" : ",").append(k));
    return out.length() > 200 ? out.substring(0, 200) + "..." : out.toString();
  }

  private static String describe(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
  }

  /** EOF inside a gzip member, or a corrupt one: commons-compress and zlib word these differently. */
  static boolean isGzipFailure(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return e instanceof java.io.EOFException
        || e instanceof ZipException
        || message.contains("gzip")
        || message.contains("zlib")
        || message.contains(".gz format");
  }

  /** Bytes a text file would not hold: NUL or most control characters. */
  static boolean isBinary(byte[] head) {
    int control = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > head.length / 16;
  }

  private static String hex(byte[] bytes, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(n, bytes.length); i++) {
      out.append(String.format(java.util.Locale.ROOT, "%02x", bytes[i] & 0xff));
    }
    return out.toString();
  }
}
