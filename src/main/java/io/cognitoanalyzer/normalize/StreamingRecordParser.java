package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;

/**
 * The fast path of {@link CognitoRecordNormalizer}: reads a record of the plain export shape with
 * Jackson's streaming parser, without building a tree, and applies the same rules to it (through
 * {@link RecordValues}). Building the tree was about a third of the decode's CPU.
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

  static final String CHALLENGES = "challenges";

  /** Thrown, without a stack trace, to give up on a record the fast path does not cover. */
  private static final class Declined extends Exception {
    private static final Declined INSTANCE = new Declined();

    private Declined() {
      super("not a plain record", null, false, false);
    }
  }

  /**
   * The {@code bytes[offset, offset + length)} root JSON value normalized, exactly as {@link
   * CognitoRecordNormalizer#normalize(com.fasterxml.jackson.databind.JsonNode, RecordOrigin,
   * boolean)} would normalize its tree; or null when the value is not a plain activity record.
   */
  public static Decoded normalize(byte[] bytes, int offset, int length, RecordOrigin origin, boolean buildActivity) {
    StreamedRecord record = new StreamedRecord(bytes, offset, length);
    try (JsonParser parser = Json.MAPPER.getFactory().createParser(bytes, offset, length)) {
      readRecord(parser, record);
    } catch (Declined | IOException e) {
      return null;
    }
    Decoded decoded = CognitoRecordNormalizer.normalize(record, origin, buildActivity);
    return decoded instanceof ActivityEvent || decoded == Decoded.VALID_ACTIVITY ? decoded : null;
  }

  private static void readRecord(JsonParser parser, StreamedRecord record) throws IOException, Declined {
    expect(parser.nextToken() == JsonToken.START_OBJECT);
    boolean timestamp = false;
    boolean source = false;
    boolean level = false;
    boolean message = false;
    boolean logSourceId = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      switch (key) {
        case "eventTimestamp" -> {
          expect(!timestamp);
          timestamp = true;
          readTimestamp(parser, record);
        }
        case "eventSource" -> {
          expect(!source);
          source = true;
          record.eventSource = scalar(parser);
        }
        case "logLevel" -> {
          expect(!level);
          level = true;
          record.logLevel = scalar(parser);
        }
        case "message" -> {
          expect(!message);
          message = true;
          readMessage(parser, record);
        }
        case "logSourceId" -> {
          expect(!logSourceId);
          logSourceId = true;
          readLogSourceId(parser, record);
        }
        default -> throw Declined.INSTANCE;
      }
    }
    // A tree parse ignores whatever follows the first value; declining keeps this path from
    // having to agree with it there.
    expect(message && parser.nextToken() == null);
  }

  private static void readTimestamp(JsonParser parser, StreamedRecord record) throws IOException, Declined {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      expect(type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG);
      record.timestampNumber = parser.getLongValue();
    } else {
      record.timestampText = scalar(parser);
    }
  }

  private static void readMessage(JsonParser parser, StreamedRecord record) throws IOException, Declined {
    expect(parser.currentToken() == JsonToken.START_OBJECT);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      if (key.equals(CHALLENGES)) {
        expect(!record.hasChallenges);
        record.hasChallenges = true;
        readChallenges(parser, record);
      } else {
        String value = scalar(parser);
        expect(!record.message.containsKey(key));
        record.message.put(key, value);
      }
    }
  }

  private static void readChallenges(JsonParser parser, StreamedRecord record) throws IOException, Declined {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      record.challengeItems = new ArrayList<>(4);
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        record.challengeItems.add(scalar(parser));
      }
    } else {
      // Only a string or null: a boolean or a number would not read as its text here.
      expect(token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NULL);
      record.challengesText = scalar(parser);
    }
  }

  private static void readLogSourceId(JsonParser parser, StreamedRecord record) throws IOException, Declined {
    expect(parser.currentToken() == JsonToken.START_OBJECT);
    boolean pool = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      expect(!pool && parser.currentName().equals("userPoolId"));
      pool = true;
      parser.nextToken();
      record.logSourcePool = scalar(parser);
    }
  }

  /** The current value as the text a tree's {@code asText()} gives; JSON null as null. */
  private static String scalar(JsonParser parser) throws IOException, Declined {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    } else if (token == JsonToken.VALUE_NULL) {
      return null;
    } else if (token == JsonToken.VALUE_TRUE) {
      return "true";
    } else if (token == JsonToken.VALUE_FALSE) {
      return "false";
    }
    throw Declined.INSTANCE;
  }

  private static void expect(boolean plain) throws Declined {
    if (!plain) {
      throw Declined.INSTANCE;
    }
  }
}
