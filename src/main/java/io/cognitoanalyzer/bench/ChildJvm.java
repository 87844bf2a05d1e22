package io.cognitoanalyzer.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Starts a main class in a fresh JVM set up like {@code jobs/cognito-analyzer} sets up its own:
 * a fixed heap, UTC, Spark's {@code --add-opens} list, and this JVM's classpath. Each run is timed
 * as a whole process, from spawn to exit, so that JVM and Spark start-up count as they do for a
 * user.
 *
 * @param java the java executable
 * @param flags JVM flags, in order
 * @param classPath the child's class path
 */
record ChildJvm(String java, List<String> flags, String classPath) {
  /** The driver heap of every child, whatever the record count: the same budget for each engine. */
  static final String HEAP = "2g";

  static final String METASPACE = "256m";

  /** Lines of a failed child's log repeated in the error. */
  static final int LOG_TAIL_LINES = 40;

  ChildJvm {
    flags = List.copyOf(flags);
  }

  /**
   * A child like the launcher's JVM: this JVM's java and class path (the launcher put the target
   * classes and the resolved bench classpath there), and its log4j configuration if it has one.
   */
  static ChildJvm likeLauncher() {
    List<String> flags = new ArrayList<>();
    // Fixed from the start, as the launcher's: no full collections while the heap grows.
    flags.add("-Xms" + HEAP);
    flags.add("-Xmx" + HEAP);
    flags.add("-Duser.timezone=UTC");
    // The launcher's collector: throughput matters in a batch job, and G1's concurrent work
    // competes with the tasks for the 2 cores. Every engine gets it, so it does not favour ours.
    flags.add("-XX:+UseParallelGC");
    // The launcher's first metaspace threshold: no full collections while Spark loads its classes.
    flags.add("-XX:MetaspaceSize=" + METASPACE);
    // The launcher's class-data archive, recorded with this class path, so every child can map it.
    flags.addAll(classDataSharing(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    String log4j = System.getProperty("log4j2.configurationFile");
    if (log4j != null) {
      flags.add("-Dlog4j2.configurationFile=" + log4j);
    }
    // Spark's own list, the one its launcher adds and jobs/cognito-analyzer copies.
    // defaultModuleOptionArray() would be simpler, but Spark 3.5 does not have it.
    flags.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ChildJvm(java, flags, System.getProperty("java.class.path"));
  }

  /** This JVM's class-data sharing flags among its {@code arguments}: the archive and its quiet logging. */
  static List<String> classDataSharing(List<String> arguments) {
    return arguments.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds")).toList();
  }

  /** The full command line for {@code mainClass} with {@code args}. */
  List<String> command(String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(flags);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(args);
    return command;
  }

  /**
   * Runs {@code mainClass} to completion with its stdout and stderr in {@code log} and returns the
   * wall-clock seconds from spawn to exit.
   *
   * @throws IllegalStateException if the child exits non-zero; the message names the log and
   *     repeats its last lines
   */
  double run(String mainClass, List<String> args, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true).redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process process = builder.start();
    int exit;
    try {
      exit = process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + mainClass);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "%s %s exited with %d after %.1f s; its log is %s, ending:%n%s",
              mainClass, args, exit, seconds, log, tail(log)));
    }
    return seconds;
  }

  private static String tail(Path log) throws IOException {
    // Decoded leniently: a crashing JVM may leave a torn multi-byte character.
    List<String> lines = List.of(new String(Files.readAllBytes(log), UTF_8).split("\\R"));
    return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
  }
}
