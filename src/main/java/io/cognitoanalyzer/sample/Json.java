package io.cognitoanalyzer.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Jackson set up once: compact output for records, AWS-CLI-like pretty output for API dumps. */
final class Json {
  private Json() {}

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final ObjectWriter COMPACT = MAPPER.writer();

  private static final ObjectWriter PRETTY = MAPPER.writer(new AwsCliPrinter());

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

  /**
   * Four-space indents, {@code "\n"} line ends (the default indenter uses the host's line
   * separator) and {@code "key": value}. Written as a subclass because {@code Separators.Spacing}
   * needs Jackson 2.16, and Spark 3.5 ships 2.15.
   */
  private static final class AwsCliPrinter extends DefaultPrettyPrinter {
    AwsCliPrinter() {
      indentObjectsWith(new DefaultIndenter("    ", "\n"));
      indentArraysWith(new DefaultIndenter("    ", "\n"));
    }

    private AwsCliPrinter(AwsCliPrinter base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new AwsCliPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }
  }
}
