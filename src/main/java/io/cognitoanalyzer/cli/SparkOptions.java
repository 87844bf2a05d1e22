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

  SparkSession session(String appName) {
    return SparkSessions.create(appName, effectiveMaster(), conf);
  }
}
