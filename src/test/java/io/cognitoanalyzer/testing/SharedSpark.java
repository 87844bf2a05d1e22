package io.cognitoanalyzer.testing;

import io.cognitoanalyzer.spark.SparkSessions;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM. Start-up and the first job cost about 15 s, so every test
 * class shares this session instead of building its own.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSessions.create(
              "cognito-analyzer-tests",
              "local[2]",
              Map.of("spark.sql.shuffle.partitions", "2", "spark.default.parallelism", "2"));
    }
    return session;
  }
}
