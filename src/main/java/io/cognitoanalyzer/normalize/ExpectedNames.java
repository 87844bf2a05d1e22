package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
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
  private final Map<String, Integer> numbers = new HashMap<>();

  ExpectedNames(List<String> inUsualOrder) {
    names = new SerializedString[inUsualOrder.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = new SerializedString(inUsualOrder.get(i));
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
