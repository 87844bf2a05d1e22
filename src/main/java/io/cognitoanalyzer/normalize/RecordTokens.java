package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The few moves {@link StreamingRecordParser} makes through one JSON value, so that the same
 * reading code runs over Jackson's parser ({@link JacksonTokens}) and over the byte scanner that
 * covers the plainest records ({@link PlainJsonScanner}).
 */
interface RecordTokens {
  /**
   * Moves to the next token: the value after a field name, the next item of an array or its end,
   * the root value, or, after the root value, null at the end of the input.
   */
  JsonToken nextToken() throws IOException, Declined;

  JsonToken currentToken();

  /**
   * Moves to the next field name of the current object and returns its number in {@code names},
   * {@link ExpectedNames#OTHER} ({@link #currentName()} says which) or {@link ExpectedNames#END}.
   */
  int nextName(ExpectedNames names, int expected) throws IOException, Declined;

  String currentName() throws IOException;

  /** The current {@link JsonToken#VALUE_STRING}'s text. */
  String text() throws IOException;

  /** The current {@link JsonToken#VALUE_NUMBER_INT} if it fits a long; declines otherwise. */
  long longValue() throws IOException, Declined;

  /** The index in the input bytes just past the last token read. */
  int end();
}
