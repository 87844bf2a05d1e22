package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.sample.SampleSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sample}: a realistic archive in all five layouts, for demos, tests and benchmarks. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = "Write a realistic sample archive holding all five layouts and their quirks.")
public final class SampleCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Local directory to write into.")
  Path out;

  @Option(names = "--events", defaultValue = "2000", paramLabel = "N", description = "Authentication events to generate (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed; the same seed writes the same bytes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (events < SampleArchive.MIN_EVENTS) {
      throw new IllegalArgumentException("--events must be at least " + SampleArchive.MIN_EVENTS + ", got " + events);
    }
    SampleSummary summary = SampleArchive.write(out, events, seed);
    System.out.println("sample archive written to " + out.toAbsolutePath());
    System.out.println(summary);
    return 0;
  }
}
