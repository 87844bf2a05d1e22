package io.cognitoanalyzer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's result: seconds per run for each engine, and the text printed from them. Pure;
 * no I/O and no clock.
 *
 * @param records input records every engine read (the N of {@code --events})
 * @param seconds wall-clock seconds of each run, per engine, in run order; every engine of {@link
 *     Engine} has at least one
 */
public record BenchReport(long records, Map<Engine, List<Double>> seconds) {

  public BenchReport {
    if (records < 1) {
      throw new IllegalArgumentException("records must be at least 1, got " + records);
    }
    EnumMap<Engine, List<Double>> copy = new EnumMap<>(Engine.class);
    for (Engine engine : Engine.values()) {
      List<Double> runs = seconds.get(engine);
      if (runs == null || runs.isEmpty()) {
        throw new IllegalArgumentException("no timings for engine " + engine.label() + " in " + seconds);
      }
      for (double s : runs) {
        if (!(s > 0)) {
          throw new IllegalArgumentException("timings must be positive seconds, got " + s + " for " + engine.label());
        }
      }
      copy.put(engine, List.copyOf(runs));
    }
    seconds = copy;
  }

  public double min(Engine engine) {
    return seconds.get(engine).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  /** The median; for an even count, the mean of the two middle runs. */
  public double median(Engine engine) {
    return median(seconds.get(engine));
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Input records per second at the median time. */
  public double recordsPerSecond(Engine engine) {
    return records / median(engine);
  }

  /** The report: a header, one line per engine, and the {@link #ratioLine} last. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%-12s %5s %9s %9s %14s", "engine", "runs", "min_s", "median_s", "records_per_s"));
    for (Engine engine : Engine.values()) {
      out.add(
          String.format(
              Locale.ROOT,
              "%-12s %5d %9.2f %9.2f %,14.0f   %s",
              engine.label(),
              seconds.get(engine).size(),
              min(engine),
              median(engine),
              recordsPerSecond(engine),
              runs(engine)));
    }
    out.add(ratioLine(median(Engine.OURS), median(Engine.NAIVE_SPARK), median(Engine.DUCKDB)));
    return out;
  }

  /**
   * {@code ratios: vs_naive_spark=<x> vs_duckdb=<y>}: each baseline's median seconds divided by
   * ours, to two decimals; above 1 means ours is faster.
   */
  public static String ratioLine(double oursMedian, double naiveSparkMedian, double duckDbMedian) {
    if (!(oursMedian > 0)) {
      throw new IllegalArgumentException("our median must be positive seconds, got " + oursMedian);
    }
    return String.format(
        Locale.ROOT, "ratios: vs_naive_spark=%.2f vs_duckdb=%.2f", naiveSparkMedian / oursMedian, duckDbMedian / oursMedian);
  }

  private String runs(Engine engine) {
    return Arrays.toString(seconds.get(engine).stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toArray());
  }
}
