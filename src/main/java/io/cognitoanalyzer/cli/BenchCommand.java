package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.bench.BenchConfig;
import io.cognitoanalyzer.bench.BenchReport;
import io.cognitoanalyzer.bench.Benchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: our ingest against a naive Spark job and DuckDB on the same generated archive.
 * Progress goes to stderr; the report, ending with the ratio line, to stdout.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a native-layout archive of N records, then time our ingest, a naive Spark job and"
          + " DuckDB on it, each as a whole child JVM (-Xmx2g, local[*]), alternating.",
      "Prints min and median seconds and records/s per engine, then"
          + " 'ratios: vs_naive_spark=<x> vs_duckdb=<y>' (their median time / ours)."
    })
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--events", defaultValue = "1000000", paramLabel = "N", description = "Input records to generate and read (default: ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--runs", defaultValue = "2", paramLabel = "R", description = "Timed runs per engine (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--dir", defaultValue = "target/bench", paramLabel = "DIR", description = "Working directory; an archive generated there earlier for the same N and seed is reused (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed of the generated archive (default: ${DEFAULT-VALUE}).")
  long seed;

  /** The validated config; IllegalArgumentException (exit 2) names the bad flag and value. */
  BenchConfig config() {
    return new BenchConfig(dir, events, runs, seed);
  }

  @Override
  public Integer call() throws Exception {
    BenchReport report = new Benchmark(config(), System.err::println).run();
    report.lines().forEach(System.out::println);
    return 0;
  }
}
