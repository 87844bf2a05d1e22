package io.cognitoanalyzer.archive;

import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Decoded;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Decodes an archive directory single-threaded, without Spark, as the ingest job's decode pass
 * does (activity rows built), and prints records per second for each round. The objects are read
 * into memory first so that the disk stays out of the figure; inflating them stays in, as in the
 * job. Each round prints records per wall-clock second and per CPU second of the decoding thread.
 *
 * <p>Usage: {@code DecodeThroughput <archive dir> [rounds]}; see docs/benchmark.md.
 */
public final class DecodeThroughput {
  private DecodeThroughput() {}

  /** On a shared machine the thread's CPU time varies less than the wall clock. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private record LoadedObject(String uri, String key, byte[] bytes) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: DecodeThroughput <archive dir> [rounds], got " + args.length + " arguments");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<LoadedObject> objects = load(dir);
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      long startCpu = THREADS.getCurrentThreadCpuTime();
      long records = 0;
      long activity = 0;
      for (LoadedObject object : objects) {
        try (ObjectReader reader =
            new ObjectReader(
                object.uri(),
                object.bytes().length,
                KeyHints.of(object.key()),
                () -> new ByteArrayInputStream(object.bytes()))) {
          while (reader.hasNext()) {
            Decoded item = reader.next();
            if (item instanceof ActivityEvent) {
              activity++;
            } else if (item instanceof ObjectSummary summary) {
              records += summary.records();
            }
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "round %d: %,d records (%,d activity) in %.2f s = %,.0f records/s; CPU %.2f s = %,.0f records per CPU second%n",
          round,
          records,
          activity,
          seconds,
          records / seconds,
          cpuSeconds,
          records / cpuSeconds);
    }
  }

  private static List<LoadedObject> load(Path dir) throws IOException {
    List<LoadedObject> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String key = "/" + dir.relativize(file).toString().replace('\\', '/');
        out.add(new LoadedObject(file.toUri().toString(), key, Files.readAllBytes(file)));
      }
    }
    return out;
  }
}
