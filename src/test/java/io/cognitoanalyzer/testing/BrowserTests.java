package io.cognitoanalyzer.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where browser tests find Chromium. Without it they are reported as skipped, with the reason,
 * never as passed; with {@code REQUIRE_BROWSER_TESTS} set (CI sets it) a missing browser fails.
 */
public final class BrowserTests {
  private BrowserTests() {}

  public static HeadlessChromium chromiumOrAbort() {
    return HeadlessChromium.find()
        .orElseGet(
            () -> {
              String why = "Chromium not found (install Debian's chromium package, or set CHROMIUM to its path)";
              if (System.getenv("REQUIRE_BROWSER_TESTS") != null) {
                throw new IllegalStateException(why + "; REQUIRE_BROWSER_TESTS is set");
              }
              System.err.println("SKIPPED browser test: " + why);
              Assumptions.abort(why);
              return null;
            });
  }

  /** Build artefacts that outlive the test's temporary folder: target/artifacts/. */
  public static Path artifacts() {
    return Path.of(System.getProperty("project.basedir", "."), "target", "artifacts");
  }
}
