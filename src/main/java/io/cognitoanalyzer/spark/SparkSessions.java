package io.cognitoanalyzer.spark;

import io.cognitoanalyzer.config.Secrets;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every command and test uses, so that the settings the job depends on
 * (UTC, java.time values, dynamic partition overwrite) are set in one place.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * Settings the job's correctness depends on. They are applied over whatever the cluster or the
   * user passed, because the table's meaning changes without them.
   */
  public static final Map<String, String> REQUIRED =
      Map.of(
          // Event dates are UTC days whatever the host's zone.
          "spark.sql.session.timeZone", "UTC",
          // Rows carry java.time.Instant and LocalDate, never java.sql types.
          "spark.sql.datetime.java8API.enabled", "true",
          // Re-running rewrites exactly the partitions the run touches.
          "spark.sql.sources.partitionOverwriteMode", "dynamic",
          // s3:// URIs (EMR's spelling) go through S3A when the cluster does not map them itself.
          "spark.hadoop.fs.s3.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem",
          // When a shuffle turns out empty (an archive without activity records), this rule
          // replaces the rest of the plan, and with it the nodes that report the run's counts:
          // waiting for those counts would then block forever.
          "spark.sql.adaptive.optimizer.excludedRules",
          "org.apache.spark.sql.execution.adaptive.AQEPropagateEmptyRelation");

  /** Defaults for a local run; any of them can be overridden with {@code --conf}. */
  public static final Map<String, String> LOCAL_DEFAULTS =
      Map.of(
          "spark.driver.host", "127.0.0.1",
          "spark.driver.bindAddress", "127.0.0.1",
          "spark.ui.enabled", "false",
          "spark.sql.shuffle.partitions", "8",
          "spark.sql.adaptive.enabled", "true");

  /**
   * Returns a session for {@code master} (null means "whatever spark-submit configured") with
   * {@code conf} applied over the local defaults and the required settings over both.
   */
  public static SparkSession create(String appName, String master, Map<String, String> conf) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (master != null) {
      builder.master(master);
      LOCAL_DEFAULTS.forEach(builder::config);
    }
    conf.forEach(builder::config);
    REQUIRED.forEach(builder::config);
    // Spark redacts by its own regex in its UI, event logs and debug output; make it cover ours.
    // spark-submit passes the cluster's settings as system properties.
    String configured = conf.getOrDefault(Secrets.SPARK_REDACTION_REGEX, System.getProperty(Secrets.SPARK_REDACTION_REGEX));
    builder.config(Secrets.SPARK_REDACTION_REGEX, Secrets.sparkRedactionRegex(configured));
    SparkSession spark = builder.getOrCreate();
    // getOrCreate may hand back a running session; make sure the settings hold there too.
    REQUIRED.forEach(
        (k, v) -> {
          if (k.startsWith("spark.sql.")) {
            spark.conf().set(k, v);
          }
        });
    conf.forEach(
        (k, v) -> {
          if (k.startsWith("spark.hadoop.")) {
            spark.sparkContext().hadoopConfiguration().set(k.substring("spark.hadoop.".length()), v);
          }
        });
    return spark;
  }

  /** Settings whose values change with every run and say nothing about how the job runs. */
  static final Set<String> VOLATILE =
      Set.of("spark.app.id", "spark.app.startTime", "spark.app.submitTime", "spark.driver.port", "spark.executor.id");

  /**
   * The settings the session runs with that differ from Spark's defaults (those set by the
   * cluster, spark-submit, {@code --conf} or this class), sorted, secret values redacted by
   * {@link Secrets}. JVM option lists are left out: they are long, and the JVM prints its own.
   */
  public static SortedMap<String, String> effectiveSettings(SparkSession spark) {
    // The session's runtime settings, as SET would list them, without running a query: the first
    // query costs seconds of start-up. Values are redacted by the session's own rule (keys and
    // values, as Spark does) and then by ours.
    Pattern sparkRule = Pattern.compile(spark.conf().get(Secrets.SPARK_REDACTION_REGEX, Secrets.KEY_REGEX));
    SortedMap<String, String> out = new TreeMap<>();
    scala.collection.Iterator<scala.Tuple2<String, String>> all = spark.conf().getAll().iterator();
    while (all.hasNext()) {
      scala.Tuple2<String, String> setting = all.next();
      String key = setting._1();
      String value = setting._2();
      if (!VOLATILE.contains(key) && !key.endsWith(".extraJavaOptions") && !key.endsWith(".defaultJavaOptions")) {
        boolean secret = sparkRule.matcher(key).find() || value != null && sparkRule.matcher(value).find();
        out.put(key, secret ? Secrets.REDACTED : value);
      }
    }
    return Secrets.redacted(out);
  }
}
