package io.cognitoanalyzer.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Spark installation laid out as a binary distribution is ({@code bin/spark-submit}, {@code
 * jars/}, {@code conf/}), built in a temporary directory, because neither Maven Central nor Debian
 * has a Spark distribution.
 *
 * <p>{@link #withJars} runs Spark's own {@code org.apache.spark.deploy.SparkSubmit} over the jars
 * it is given: the real submit path, in a JVM of its own. {@link #recording} only records the
 * arguments {@code spark-submit} was called with, for tests of the wrapper script.
 */
public final class LocalSparkHome {
  /** The file a {@link #recording} installation writes its arguments to, one per line. */
  public static final String ARGS_FILE = "spark-submit-args.txt";

  private LocalSparkHome() {}

  /**
   * Lays out {@code home} with links to {@code jars} in {@code jars/}, {@code log4j2} (if not null)
   * as {@code conf/log4j2.properties}, and a {@code bin/spark-submit} that runs SparkSubmit with
   * {@code jvmFlags} and the class path {@code conf/:jars/*}, as Spark's launcher does.
   */
  public static Path withJars(Path home, List<Path> jars, List<String> jvmFlags, Path log4j2) throws IOException {
    Path jarsDir = Files.createDirectories(home.resolve("jars"));
    Path conf = Files.createDirectories(home.resolve("conf"));
    for (Path jar : jars) {
      // Two artifacts may share a file name (same artifact id and version, different groups).
      Path link = jarsDir.resolve(jar.getFileName().toString());
      for (int i = 1; Files.exists(link, LinkOption.NOFOLLOW_LINKS); i++) {
        link = jarsDir.resolve(i + "-" + jar.getFileName());
      }
      Files.createSymbolicLink(link, jar.toAbsolutePath());
    }
    if (log4j2 != null) {
      Files.copy(log4j2, conf.resolve("log4j2.properties"));
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    String script =
        "#!/usr/bin/env bash\n"
            + "home=\"$(cd \"$(dirname \"$0\")/..\" && pwd)\"\n"
            + "exec "
            + command.stream().map(LocalSparkHome::quote).collect(Collectors.joining(" "))
            + " -cp \"$home/conf/:$home/jars/*\" org.apache.spark.deploy.SparkSubmit \"$@\"\n";
    writeExecutable(home.resolve("bin/spark-submit"), script);
    return home;
  }

  /**
   * Lays out {@code home} with empty files named {@code jarNames} in {@code jars/} and a {@code
   * bin/spark-submit} that writes its arguments to {@link #ARGS_FILE} in {@code home}.
   */
  public static Path recording(Path home, List<String> jarNames) throws IOException {
    Path jarsDir = Files.createDirectories(home.resolve("jars"));
    for (String name : jarNames) {
      Files.createFile(jarsDir.resolve(name));
    }
    String script =
        "#!/usr/bin/env bash\n"
            + "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../" + ARGS_FILE + "\"\n";
    writeExecutable(home.resolve("bin/spark-submit"), script);
    return home;
  }

  /** The arguments the {@link #recording} installation at {@code home} was last called with. */
  public static List<String> recordedArgs(Path home) throws IOException {
    return Files.readAllLines(home.resolve(ARGS_FILE), UTF_8);
  }

  private static void writeExecutable(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** One shell word, whatever the characters. */
  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
