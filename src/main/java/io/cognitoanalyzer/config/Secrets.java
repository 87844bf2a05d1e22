package io.cognitoanalyzer.config;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one rule for which settings hold secrets, and how they are shown. Credentials should come
 * from the AWS credential chain; when a secret is passed with {@code --conf} anyway (an S3A
 * {@code secret.key}, a {@code session.token}), its value is never printed or recorded.
 */
public final class Secrets {
  private Secrets() {}

  /** What is printed instead of a secret value. */
  public static final String REDACTED = "*****(redacted)";

  /**
   * A setting whose key matches this (anywhere, any case) holds a secret. It is a superset of
   * Spark's default {@code spark.redaction.regex}, {@code (?i)secret|password|token|access[.]?key}.
   */
  public static final String KEY_REGEX = "(?i)secret|password|token|credential|access[._-]?key";

  private static final Pattern KEY = Pattern.compile(KEY_REGEX);

  /** Spark's setting that decides what Spark itself redacts in its UI, event logs and debug output. */
  public static final String SPARK_REDACTION_REGEX = "spark.redaction.regex";

  public static boolean isSecretKey(String key) {
    return key != null && KEY.matcher(key).find();
  }

  /** {@code value}, or {@link #REDACTED} when {@code key} names a secret. */
  public static String redact(String key, String value) {
    return isSecretKey(key) && value != null ? REDACTED : value;
  }

  /** The settings sorted by key, secret values redacted. */
  public static SortedMap<String, String> redacted(Map<String, String> settings) {
    SortedMap<String, String> out = new TreeMap<>();
    settings.forEach((k, v) -> out.put(k, redact(k, v)));
    return out;
  }

  /**
   * The {@code spark.redaction.regex} to run with: our rule, plus whatever the user or cluster
   * configured (null for nothing), so that Spark redacts at least what we do and never less than
   * it was asked to.
   */
  public static String sparkRedactionRegex(String configured) {
    if (configured == null || configured.isBlank() || configured.equals(KEY_REGEX)) {
      return KEY_REGEX;
    }
    return "(?:" + configured + ")|(?:" + KEY_REGEX + ")";
  }
}
