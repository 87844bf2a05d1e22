package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link CognitoRecordNormalizer}: reads a record of the plain export shape with
 * Jackson's streaming parser, without building a tree, and applies the same rules to it (through
 * {@link RecordValues}). It saves about a fifth of the decode's CPU: the tree's maps, and the
 * symbol-table lookup of every field name (see {@link ExpectedNames} and docs/benchmark.md).
 *
 * <p>Each record is first read by {@link PlainJsonScanner}, straight from the bytes, and only if its
 * JSON is not of the plainest kind (an escape, a decimal, malformed UTF-8) by Jackson's streaming
 * parser; the same reading code runs over both ({@link RecordTokens}).
 *
 * <p>It answers only for the shape it knows and for records that become user activity; for
 * anything else it returns null and the caller parses a tree as before. It declines:
 *
 * <ul>
 *   <li>a root that is not an object, or anything after it;
 *   <li>top-level keys other than eventTimestamp, eventSource, logLevel, message and logSourceId,
 *       keys of logSourceId other than userPoolId, and any duplicate key;
 *   <li>numbers anywhere but an integer eventTimestamp (a tree respells some of them), nested values
 *       anywhere but message and logSourceId and the challenges array, and challenges items that
 *       are not scalars;
 *   <li>notifications and rejections, whose raw text is the tree's serialization;
 *   <li>JSON it cannot parse, so that the tree path reports it as before.
 * </ul>
 */
public final class StreamingRecordParser {
  private StreamingRecordParser() {}

  /** The record's own keys, numbered in the order Cognito writes them. */
  private static final ExpectedNames RECORD_KEYS =
      new ExpectedNames(List.of("eventTimestamp", "eventSource", "logLevel", "message", "logSourceId"));

  private static final int EVENT_TIMESTAMP = 0;
  private static final int EVENT_SOURCE = 1;
  private static final int LOG_LEVEL = 2;
  private static final int MESSAGE = 3;
  private static final int LOG_SOURCE_ID = 4;

  private static final ExpectedNames LOG_SOURCE_KEYS = new ExpectedNames(List.of("userPoolId"));

  /**
   * The {@code bytes[offset, offset + length)} root JSON value normalized, exactly as {@link
   * CognitoRecordNormalizer#normalize(com.fasterxml.jackson.databind.JsonNode, RecordOrigin,
   * boolean)} would normalize its tree; or null when the value is not a plain activity record.
   */
  public static Decoded normalize(byte[] bytes, int offset, int length, RecordOrigin origin, boolean buildActivity) {
    InPlace read = read(bytes, offset, offset + length, true, origin, buildActivity);
    return read == null ? null : read.decoded();
  }

  /** A record read from the start of a buffer: its outcome and where its JSON ended. */
  public record InPlace(Decoded decoded, int end) {}

  /**
   * The JSON object that starts at {@code bytes[start]} normalized, as {@link #normalize} would
   * normalize it alone, with the index just past its closing brace; whatever follows it in {@code
   * bytes[start, end)} is not looked at. Null when the value is not a plain activity record or does
   * not end before {@code end}.
   */
  public static InPlace normalizeFirst(byte[] bytes, int start, int end, RecordOrigin origin, boolean buildActivity) {
    return read(bytes, start, end, false, origin, buildActivity);
  }

  private static InPlace read(byte[] bytes, int start, int end, boolean whole, RecordOrigin origin, boolean buildActivity) {
    StreamedRecord record = scan(bytes, start, end, whole);
    if (record == null) {
      record = parse(bytes, start, end, whole);
    }
    if (record == null) {
      return null;
    }
    Decoded decoded = CognitoRecordNormalizer.normalize(record, origin, buildActivity);
    return decoded instanceof ActivityEvent || decoded == Decoded.VALID_ACTIVITY ? new InPlace(decoded, record.end()) : null;
  }

  /** The record read by {@link PlainJsonScanner}; null when its JSON is not of the plainest kind. */
  static StreamedRecord scan(byte[] bytes, int start, int end, boolean whole) {
    try {
      return readRecord(new PlainJsonScanner(bytes, start, end), bytes, start, end, whole);
    } catch (Declined | IOException e) {
      return null;
    }
  }

  /** The record read with Jackson's parser; null when it is not of the plain shape. */
  static StreamedRecord parse(byte[] bytes, int start, int end, boolean whole) {
    try (JsonParser parser = Json.MAPPER.getFactory().createParser(bytes, start, end - start)) {
      return readRecord(new JacksonTokens(parser, start), bytes, start, end, whole);
    } catch (Declined | IOException e) {
      return null;
    }
  }

  /** The record in {@code bytes[start, end)} read through {@code tokens}, narrowed to where it ends. */
  private static StreamedRecord readRecord(RecordTokens tokens, byte[] bytes, int start, int end, boolean whole)
      throws IOException, Declined {
    StreamedRecord record = new StreamedRecord(bytes, start, end - start);
    readRecord(tokens, record, whole);
    record.endsAt(tokens.end());
    return record;
  }

  /** @param whole the input is this one value: anything after it declines, as a tree parse would differ */
  private static void readRecord(RecordTokens parser, StreamedRecord record, boolean whole) throws IOException, Declined {
    Declined.unless(parser.nextToken() == JsonToken.START_OBJECT);
    long seen = 0;
    int expected = 0;
    for (int key = parser.nextName(RECORD_KEYS, expected); key != ExpectedNames.END; key = parser.nextName(RECORD_KEYS, expected)) {
      Declined.unless(key != ExpectedNames.OTHER && (seen & 1L << key) == 0);
      seen |= 1L << key;
      expected = key + 1;
      parser.nextToken();
      switch (key) {
        case EVENT_TIMESTAMP -> readTimestamp(parser, record);
        case EVENT_SOURCE -> record.eventSource = scalar(parser);
        case LOG_LEVEL -> record.logLevel = scalar(parser);
        case MESSAGE -> readMessage(parser, record);
        case LOG_SOURCE_ID -> readLogSourceId(parser, record);
        default -> throw new IllegalStateException("unnumbered record key " + key);
      }
    }
    // A tree parse ignores whatever follows the first value; declining keeps this path from
    // having to agree with it there.
    Declined.unless((seen & 1L << MESSAGE) != 0 && (!whole || parser.nextToken() == null));
  }

  private static void readTimestamp(RecordTokens parser, StreamedRecord record) throws IOException, Declined {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      record.timestampNumber = parser.longValue();
    } else {
      record.timestampText = scalar(parser);
    }
  }

  private static void readMessage(RecordTokens parser, StreamedRecord record) throws IOException, Declined {
    Declined.unless(parser.currentToken() == JsonToken.START_OBJECT);
    ExpectedNames names = StreamedRecord.MESSAGE_KEYS;
    int expected = 0;
    for (int key = parser.nextName(names, expected); key != ExpectedNames.END; key = parser.nextName(names, expected)) {
      if (key == ExpectedNames.OTHER) {
        String name = parser.currentName();
        parser.nextToken();
        Declined.unless(record.addOther(name, scalar(parser)));
        continue;
      }
      Declined.unless(record.addKnown(key));
      expected = key + 1;
      parser.nextToken();
      if (key == StreamedRecord.CHALLENGES) {
        readChallenges(parser, record);
      } else {
        record.setKnown(key, scalar(parser));
      }
    }
  }

  private static void readChallenges(RecordTokens parser, StreamedRecord record) throws IOException, Declined {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      record.challengeItems = new ArrayList<>(4);
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        record.challengeItems.add(scalar(parser));
      }
    } else {
      // Only a string or null: a boolean or a number would not read as its text here.
      Declined.unless(token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NULL);
      record.challengesText = scalar(parser);
    }
  }

  private static void readLogSourceId(RecordTokens parser, StreamedRecord record) throws IOException, Declined {
    Declined.unless(parser.currentToken() == JsonToken.START_OBJECT);
    int key = parser.nextName(LOG_SOURCE_KEYS, 0);
    if (key == ExpectedNames.END) {
      return;
    }
    Declined.unless(key == 0);
    parser.nextToken();
    record.logSourcePool = scalar(parser);
    Declined.unless(parser.nextName(LOG_SOURCE_KEYS, 1) == ExpectedNames.END);
  }

  /** The current value as the text a tree's {@code asText()} gives; JSON null as null. */
  private static String scalar(RecordTokens parser) throws IOException, Declined {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.text();
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    } else if (token == JsonToken.VALUE_TRUE) {
      return "true";
    } else if (token == JsonToken.VALUE_FALSE) {
      return "false";
    }
    throw Declined.INSTANCE;
  }
}
