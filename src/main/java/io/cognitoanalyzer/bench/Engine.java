package io.cognitoanalyzer.bench;

import io.cognitoanalyzer.cli.CognitoAnalyzer;
import java.nio.file.Path;
import java.util.List;

/** The three engines the benchmark compares, each a main class run in a child JVM. */
public enum Engine {
  /** Our ingest, through the CLI exactly as a user runs it (local[*]). */
  OURS("ours", CognitoAnalyzer.class.getName()) {
    @Override
    List<String> arguments(Path archive, Path output) {
      return List.of("ingest", "--input", archive.toUri().toString(), "--table", output.toUri().toString());
    }
  },
  NAIVE_SPARK("naive_spark", NaiveSparkJob.class.getName()),
  DUCKDB("duckdb", DuckDbJob.class.getName());

  private final String label;
  private final String mainClass;

  Engine(String label, String mainClass) {
    this.label = label;
    this.mainClass = mainClass;
  }

  /** The name printed in the report. */
  public String label() {
    return label;
  }

  String mainClass() {
    return mainClass;
  }

  /** The main class's arguments to read {@code archive} and write into {@code output}. */
  List<String> arguments(Path archive, Path output) {
    return List.of(archive.toString(), output.toString());
  }
}
