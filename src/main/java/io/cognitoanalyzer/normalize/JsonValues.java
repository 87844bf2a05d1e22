package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads scalars the way Cognito writes them: any value may arrive as a JSON string or as a JSON
 * value, and absence has four spellings (missing key, JSON null, {@code ""}, {@code "null"}).
 */
public final class JsonValues {
  private JsonValues() {}

  /** The value as text, or null when it is absent in any of its four spellings. */
  public static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return text(node.isValueNode() ? node.asText() : node.toString());
  }

  /**
   * A scalar already read as text (a JSON null read as Java null), or null when it is absent in
   * any of its four spellings: the rule of {@link #text(JsonNode)} for readers that build no tree.
   */
  public static String text(String value) {
    return isAbsent(value) ? null : value;
  }

  /** True for the textual spellings of "no value". */
  public static boolean isAbsent(String text) {
    return text == null || text.isEmpty() || text.equals("null");
  }

  /**
   * The value as a boolean: JSON true/false, or the strings "true"/"false" in any case. Anything
   * else is null; it is not guessed at.
   */
  public static Boolean bool(JsonNode node) {
    if (node != null && node.isBoolean()) {
      return node.booleanValue();
    }
    return bool(text(node));
  }

  /**
   * As {@link #bool(JsonNode)} for a scalar already read as text; a JSON boolean reads as the
   * text "true" or "false", which gives the same answer.
   */
  public static Boolean bool(String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    // The spellings files use, answered without a lower-cased copy.
    if (text.equals("true")) {
      return Boolean.TRUE;
    }
    if (text.equals("false")) {
      return Boolean.FALSE;
    }
    String lower = text.trim().toLowerCase(Locale.ROOT);
    if (lower.equals("true")) {
      return Boolean.TRUE;
    }
    if (lower.equals("false")) {
      return Boolean.FALSE;
    }
    return null;
  }

  /**
   * The value as a decimal number, from a JSON number or a numeric string (plain, fractional or
   * scientific notation). Null when it is absent or not a number.
   */
  public static BigDecimal number(JsonNode node) {
    if (node != null && node.isNumber()) {
      return node.decimalValue();
    }
    return number(text(node));
  }

  /** As {@link #number(JsonNode)} for a scalar already read as text. */
  public static BigDecimal number(String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Copies the keys of {@code node} outside {@code known} into {@code extra}, prefixed with the path. */
  public static void copyUnknownKeys(JsonNode node, String prefix, Set<String> known, Map<String, String> extra) {
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!known.contains(field.getKey())) {
        JsonNode value = field.getValue();
        extra.put(prefix + field.getKey(), value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString());
      }
    }
  }

  /** The first of {@code names} that {@code object} has, or null. */
  public static JsonNode first(JsonNode object, String... names) {
    for (String name : names) {
      JsonNode value = object.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
