package io.cognitoanalyzer.normalize;

/** One step of an authentication: {@code Password:Success}, {@code Mfa:Failure}, ... */
public record Challenge(String name, String result) {

  /** Parses "Name:Result", splitting at the last colon; a string without one is a bare name. */
  public static Challenge parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      return new Challenge(text.trim(), null);
    }
    return new Challenge(nullIfBlank(text.substring(0, colon)), nullIfBlank(text.substring(colon + 1)));
  }

  private static String nullIfBlank(String s) {
    String trimmed = s.trim();
    return JsonValues.isAbsent(trimmed) ? null : trimmed;
  }
}
