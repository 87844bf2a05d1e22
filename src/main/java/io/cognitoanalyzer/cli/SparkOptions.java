package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.spark.SparkSessions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** Options every Spark command shares, in spark-submit's spelling. */
public final class SparkOptions {

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "A Spark or Hadoop setting (spark.hadoop.fs.s3a.endpoint=...), as with spark-submit. Repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master. Default: the one spark-submit set, else local[*].")
  String master;

  /** The master to use: explicit, else spark-submit's, else local. */
  String effectiveMaster() {
    if (master != null) {
      return master;
    }
    return System.getProperty("spark.master") != null ? null : "local[*]";
  }

  /** The session, after printing its effective non-default settings on stderr, secrets redacted. */
  SparkSession session(String appName) {
    SparkSession spark = SparkSessions.create(appName, effectiveMaster(), conf);
    StringBuilder out = new StringBuilder("settings (non-default; secret values redacted):\n");
    SparkSessions.effectiveSettings(spark).forEach((k, v) -> out.append("  ").append(k).append('=').append(v).append('\n'));
    System.err.print(out);
    return spark;
  }
}
