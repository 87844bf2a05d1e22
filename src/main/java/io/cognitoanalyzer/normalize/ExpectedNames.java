package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The field names of one JSON object, numbered in the order writers usually put them. Reading the
 * name that is expected next is a byte comparison; any other name goes through the parser's
 * symbol table as usual, so the order is a hint, never a requirement.
 */
final class ExpectedNames {
  /** The next name is not one of these. */
  static final int OTHER = -1;

  /** The object ended. */
  static final int END = -2;

  private final SerializedString[] names;
  /** Each name's bytes followed by its closing quote, for {@link #matchQuoted}. */
  private final byte[][] quoted;
  private final Map<String, Integer> numbers = new HashMap<>();

  ExpectedNames(List<String> inUsualOrder) {
    names = new SerializedString[inUsualOrder.size()];
    quoted = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      names[i] = new SerializedString(inUsualOrder.get(i));
      quoted[i] = (inUsualOrder.get(i) + '"').getBytes(StandardCharsets.UTF_8);
      numbers.put(inUsualOrder.get(i), i);
    }
  }

  int size() {
    return names.length;
  }

  /** The number of {@code name}, or {@link #OTHER}. */
  int number(String name) {
    Integer number = numbers.get(name);
    return number == null ? OTHER : number;
  }

  /**
   * Whether name {@code number} and its closing quote are spelled at {@code bytes[at]} (just past
   * the opening quote): the index past the closing quote if so, -1 if not.
   */
  int matchQuoted(int number, byte[] bytes, int at, int end) {
    byte[] name = quoted[number];
    int to = at + name.length;
    return to <= end && Arrays.equals(name, 0, name.length, bytes, at, to) ? to : -1;
  }

  /**
   * Moves the parser to the next field name of the current object and returns its number, {@link
   * #OTHER} (the parser's current name says which), or {@link #END}.
   *
   * @param expected the number of the name expected next, usually the last one's plus one
   */
  int next(JsonParser parser, int expected) throws IOException {
    JsonToken token;
    if (expected < names.length) {
      if (parser.nextFieldName(names[expected])) {
        return expected;
      }
      token = parser.currentToken();
    } else {
      token = parser.nextToken();
    }
    return token == JsonToken.FIELD_NAME ? number(parser.currentName()) : END;
  }
}
