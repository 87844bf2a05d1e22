package io.cognitoanalyzer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the benchmark: prepares the archive, then runs every engine once per round (ours, naive
 * Spark, DuckDB, then again), each in a fresh child JVM writing into a fresh output directory.
 * Alternating spreads the machine's background noise over the engines evenly.
 *
 * <p>Layout under the working directory: {@code archive-<N>-s<seed>/} (the input, reused),
 * {@code out/<engine>/} (the last run's output, kept for inspection) and {@code
 * logs/<engine>-<round>.log} (each child's stdout and stderr).
 */
public final class Benchmark {
  /** The class DuckDbJob loads through DriverManager; only the bench profile's classpath has it. */
  static final String DUCKDB_DRIVER = "org.duckdb.DuckDBDriver";

  private final BenchConfig config;
  private final ChildJvm jvm;
  private final Consumer<String> progress;

  public Benchmark(BenchConfig config, Consumer<String> progress) {
    this(config, ChildJvm.likeLauncher(), progress);
  }

  Benchmark(BenchConfig config, ChildJvm jvm, Consumer<String> progress) {
    this.config = config;
    this.jvm = jvm;
    this.progress = progress;
  }

  /**
   * Runs every engine {@code runs} times and returns the timings.
   *
   * @throws IllegalStateException if DuckDB is not on the classpath, or an engine's process exits
   *     non-zero (the message names its log)
   */
  public BenchReport run() throws IOException {
    requireDuckDb();
    Path archive = BenchArchive.prepare(config.dir(), config.events(), config.seed(), progress);
    Map<Engine, List<Double>> seconds = new EnumMap<>(Engine.class);
    for (int round = 1; round <= config.runs(); round++) {
      for (Engine engine : Engine.values()) {
        Path output = config.dir().resolve("out").resolve(engine.label());
        BenchArchive.deleteRecursively(output);
        Path log = config.dir().resolve("logs").resolve(engine.label() + "-" + round + ".log");
        double s = jvm.run(engine.mainClass(), engine.arguments(archive, output), log);
        seconds.computeIfAbsent(engine, e -> new ArrayList<>()).add(s);
        progress.accept(
            String.format(
                Locale.ROOT,
                "run %d/%d %-12s %8.2f s  %,12.0f records/s",
                round, config.runs(), engine.label(), s, config.events() / s));
      }
    }
    return new BenchReport(config.events(), seconds);
  }

  private static void requireDuckDb() {
    try {
      Class.forName(DUCKDB_DRIVER, false, Benchmark.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "DuckDB's JDBC driver (" + DUCKDB_DRIVER + ") is not on the classpath, so the DuckDB baseline"
              + " cannot run. Start the benchmark with jobs/cognito-analyzer bench, which builds with the"
              + " Maven profile -Pbench that adds it.",
          e);
    }
  }
}
