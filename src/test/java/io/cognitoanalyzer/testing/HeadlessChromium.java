package io.cognitoanalyzer.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a page in Debian's headless Chromium and returns what it printed to its console and a
 * screenshot. Chromium logs every console message (errors and uncaught exceptions included) as
 * {@code INFO:CONSOLE:<line>] "<message>", source: ...} when started with
 * {@code --enable-logging=stderr}.
 */
public final class HeadlessChromium {
  private static final Pattern CONSOLE = Pattern.compile(":CONSOLE(?::|\\()\\d+\\)?\\] (.*)$");

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /** Chromium from $CHROMIUM, else {@code chromium} or {@code chromium-browser} on the PATH. */
  public static Optional<HeadlessChromium> find() {
    String explicit = System.getenv("CHROMIUM");
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(new HeadlessChromium(Path.of(explicit)));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
        .filter(Files::isExecutable)
        .findFirst()
        .map(HeadlessChromium::new);
  }

  /** What loading a page produced. */
  public record PageLoad(List<String> consoleMessages, Path screenshot, String log) {}

  /** Loads {@code page} offline in a {@code width}x{@code height} window and screenshots it. */
  public PageLoad load(Path page, Path screenshot, int width, int height, Path workDir) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Files.createDirectories(screenshot.toAbsolutePath().getParent());
    Path log = workDir.resolve("chromium.log");
    List<String> command =
        List.of(
            executable.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            // Without these Chromium tries the network at start; the page must not need it.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--user-data-dir=" + workDir.resolve("profile").toAbsolutePath(),
            "--window-size=" + width + "," + height,
            "--enable-logging=stderr",
            "--v=0",
            "--screenshot=" + screenshot.toAbsolutePath(),
            page.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not finish within 120 s; log: " + log);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0 || !Files.exists(screenshot)) {
      throw new IllegalStateException("chromium failed (exit " + process.exitValue() + "):\n" + output);
    }
    List<String> console = new ArrayList<>();
    for (String line : output.split("\n")) {
      Matcher m = CONSOLE.matcher(line);
      if (m.find()) {
        console.add(m.group(1));
      }
    }
    return new PageLoad(console, screenshot, output);
  }
}
