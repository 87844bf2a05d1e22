package io.cognitoanalyzer.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code challenges}: an array of "Name:Result" strings or of {challengeName,
 * challengeResponse} objects in either case, or such an array serialized into a string.
 */
final class Challenges {
  private Challenges() {}

  /** The challenges of a tree value; null when it is missing, JSON null or absent text. */
  static List<Challenge> of(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return ofText(node.asText());
    }
    List<Challenge> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (item.isObject()) {
        String name = JsonValues.text(JsonValues.first(item, "challengeName", "ChallengeName", "name"));
        String result = JsonValues.text(JsonValues.first(item, "challengeResponse", "ChallengeResponse", "result"));
        out.add(new Challenge(name, result));
      } else {
        addItem(out, JsonValues.text(item));
      }
    }
    return out;
  }

  /** The challenges of a JSON string value: one "Name:Result", or a serialized array. */
  static List<Challenge> ofText(String value) {
    String text = value.trim();
    if (JsonValues.isAbsent(text)) {
      return null;
    }
    if (text.startsWith("[")) {
      try {
        return of(Json.MAPPER.readTree(text));
      } catch (java.io.IOException e) {
        return List.of(Challenge.parse(text));
      }
    }
    return List.of(Challenge.parse(text));
  }

  /** Adds a scalar array item, already read as text; absent items are skipped. */
  static void addItem(List<Challenge> out, String item) {
    String text = JsonValues.text(item);
    if (text != null) {
      out.add(Challenge.parse(text));
    }
  }
}
