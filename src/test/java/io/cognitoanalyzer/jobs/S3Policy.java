package io.cognitoanalyzer.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Answers "does this IAM policy allow that S3 request" for the few shapes our policies use:
 * Allow statements, actions and resources with {@code *} wildcards, and a {@code StringLike}
 * condition on {@code s3:prefix}. Anything else in a statement fails, so the answer is never a
 * guess. This is a reading aid for tests, not IAM: no Deny, no other condition keys.
 */
final class S3Policy {
  private final JsonNode policy;

  S3Policy(JsonNode policy) {
    this.policy = policy;
  }

  /** Whether {@code action} on object {@code key} in {@code bucket} is allowed. */
  boolean allowsObject(String action, String bucket, String key) {
    return allows(action, "arn:aws:s3:::" + bucket + "/" + key, null);
  }

  /** Whether listing {@code bucket} under {@code prefix} is allowed. */
  boolean allowsList(String bucket, String prefix) {
    return allows("s3:ListBucket", "arn:aws:s3:::" + bucket, prefix);
  }

  /** Whether the job can list and read everything under {@code location} (an s3:// URI). */
  boolean canRead(String location) {
    URI uri = URI.create(location);
    String prefix = keyPrefix(uri);
    return allowsList(uri.getHost(), prefix + "/") && allowsList(uri.getHost(), prefix)
        && allowsObject("s3:GetObject", uri.getHost(), prefix + "/part-00000.parquet")
        && allowsObject("s3:GetObject", uri.getHost(), prefix);
  }

  /** Whether the job can also create, replace and delete everything under {@code location}. */
  boolean canWrite(String location) {
    URI uri = URI.create(location);
    String key = keyPrefix(uri) + "/user_pool_id=p/event_date=2026-03-01/part-00000.parquet";
    return canRead(location)
        && allowsObject("s3:PutObject", uri.getHost(), key)
        && allowsObject("s3:DeleteObject", uri.getHost(), key)
        && allowsObject("s3:AbortMultipartUpload", uri.getHost(), key);
  }

  /** Whether any write action is allowed anywhere under {@code location}. */
  boolean canWriteAnything(String location) {
    URI uri = URI.create(location);
    String key = keyPrefix(uri) + "/x";
    return List.of("s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload").stream()
        .anyMatch(action -> allowsObject(action, uri.getHost(), key) || allowsObject(action, uri.getHost(), keyPrefix(uri)));
  }

  private static String keyPrefix(URI uri) {
    if (!"s3".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new AssertionError("not an s3://bucket/key URI: " + uri);
    }
    String path = uri.getPath();
    return path.replaceAll("^/+", "").replaceAll("/+$", "");
  }

  private boolean allows(String action, String resource, String prefix) {
    for (JsonNode statement : policy.path("Statement")) {
      if (!"Allow".equals(statement.path("Effect").asText())) {
        throw new AssertionError("only Allow statements are understood here: " + statement);
      }
      if (!matchesAny(statement.path("Action"), action) || !matchesAny(statement.path("Resource"), resource)) {
        continue;
      }
      JsonNode condition = statement.get("Condition");
      if (condition == null) {
        return true;
      }
      if (prefix != null && conditionAllowsPrefix(condition, prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean conditionAllowsPrefix(JsonNode condition, String prefix) {
    if (condition.size() != 1 || condition.path("StringLike").size() != 1 || !condition.path("StringLike").has("s3:prefix")) {
      throw new AssertionError("only StringLike s3:prefix conditions are understood here: " + condition);
    }
    return matchesAny(condition.path("StringLike").path("s3:prefix"), prefix);
  }

  private static boolean matchesAny(JsonNode patterns, String value) {
    if (patterns.isTextual()) {
      return wildcard(patterns.asText()).matcher(value).matches();
    }
    for (JsonNode pattern : patterns) {
      if (wildcard(pattern.asText()).matcher(value).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern wildcard(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
