package io.cognitoanalyzer.bench;

import java.nio.file.Path;

/**
 * One benchmark run, validated when built.
 *
 * @param dir working directory: the generated archive, the engines' outputs and their logs
 * @param events input records to generate (InProgress, final and duplicate lines all count)
 * @param runs timed runs per engine
 * @param seed the archive generator's seed
 */
public record BenchConfig(Path dir, long events, int runs, long seed) {

  public BenchConfig {
    if (dir == null) {
      throw new IllegalArgumentException("--dir must name a directory, got none");
    }
    if (events < 1) {
      throw new IllegalArgumentException("--events must be at least 1, got " + events);
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
    }
    dir = dir.toAbsolutePath().normalize();
  }
}
