package io.cognitoanalyzer.bench;

import java.util.Locale;

/** camelCase to snake_case, as both baselines name the flattened record's columns. */
final class SnakeCase {
  private SnakeCase() {}

  /** {@code eventId} becomes {@code event_id}; {@code userPoolId} becomes {@code user_pool_id}. */
  static String of(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
