package io.cognitoanalyzer.ddl;

import java.nio.file.Path;
import java.util.Locale;

/** Where a table's folder is, spelled for each engine. */
final class Locations {
  private Locations() {}

  /** {@code root/relative}, with a plain local path made an absolute {@code file:} URI. */
  static String join(String root, String relative) {
    return withoutTrailingSlash(absolute(root)) + "/" + relative;
  }

  /**
   * Athena names S3 locations {@code s3://} only; {@code s3a://} and {@code s3n://} are Hadoop's
   * names for the same objects, so the bucket and key are kept and the scheme is replaced.
   */
  static String forAthena(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    for (String scheme : new String[] {"s3a://", "s3n://", "s3://"}) {
      if (lower.startsWith(scheme)) {
        return "s3://" + location.substring(scheme.length());
      }
    }
    throw new IllegalArgumentException("Athena needs an s3:// location, got '" + location + "'");
  }

  private static String absolute(String root) {
    // A scheme is letters, digits, + - . before "://" or ":/"; anything else is a local path.
    if (root.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      return root;
    }
    return Path.of(root).toAbsolutePath().normalize().toUri().toString();
  }

  private static String withoutTrailingSlash(String location) {
    String out = location;
    while (out.endsWith("/") && !out.endsWith("://")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
