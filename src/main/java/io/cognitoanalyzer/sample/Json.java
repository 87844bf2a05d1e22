package io.cognitoanalyzer.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Jackson set up once: compact output for records, AWS-CLI-like pretty output for API dumps. */
final class Json {
  private Json() {}

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final ObjectWriter COMPACT = MAPPER.writer();

  // A fixed "\n" indenter: the default one uses the host's line separator.
  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("    ", "\n"))
              .withArrayIndenter(new DefaultIndenter("    ", "\n")));

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** One line of JSON; non-ASCII characters are written as themselves, not escaped. */
  static String compact(Object node) {
    try {
      return COMPACT.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON with {@code "\n"} line ends and no trailing newline. */
  static String pretty(Object node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
