package io.cognitoanalyzer.spark;

import java.util.Locale;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * What a long job tells its user: one line per finished stage, with the seconds since the job
 * started, and a description on each Spark job so that the Spark UI names the stage.
 */
public final class JobProgress {
  private final SparkSession spark;
  private final Consumer<String> lines;
  private final long started = System.nanoTime();

  public JobProgress(SparkSession spark, Consumer<String> lines) {
    this.spark = spark;
    this.lines = lines;
  }

  /** Names the Spark jobs that follow, e.g. {@code ingest: decode 1,204 objects}. */
  public void describe(String format, Object... args) {
    spark.sparkContext().setJobDescription(String.format(Locale.ROOT, format, args));
  }

  /** Clears the description, so that later jobs of the same thread are not misnamed. */
  public void done() {
    spark.sparkContext().setJobDescription(null);
  }

  /** One progress line: {@code [  12.3s] wrote 2,000 user_activity rows}. */
  public void stage(String format, Object... args) {
    lines.accept(
        String.format(Locale.ROOT, "[%6.1fs] ", (System.nanoTime() - started) / 1e9) + String.format(Locale.ROOT, format, args));
  }
}
