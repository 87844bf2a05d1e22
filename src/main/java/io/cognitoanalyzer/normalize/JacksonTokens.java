package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** {@link RecordTokens} over Jackson's streaming parser, which covers every JSON spelling. */
final class JacksonTokens implements RecordTokens {
  private final JsonParser parser;
  private final int start;

  /** @param start where the parser's slice starts in the input bytes */
  JacksonTokens(JsonParser parser, int start) {
    this.parser = parser;
    this.start = start;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return parser.nextToken();
  }

  @Override
  public JsonToken currentToken() {
    return parser.currentToken();
  }

  @Override
  public int nextName(ExpectedNames names, int expected) throws IOException {
    return names.next(parser, expected);
  }

  @Override
  public String currentName() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  @Override
  public long longValue() throws IOException, Declined {
    JsonParser.NumberType type = parser.getNumberType();
    Declined.unless(type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG);
    return parser.getLongValue();
  }

  @Override
  public int end() {
    // Byte offsets of a parser over a slice count from the slice's start.
    return start + (int) parser.currentLocation().getByteOffset();
  }
}
