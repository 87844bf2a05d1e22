package io.cognitoanalyzer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser harness itself: it must see console errors, or "no console errors" proves nothing. */
class HeadlessChromiumTest {
  @TempDir Path tmp;

  @Test
  void reportsConsoleErrorsAndUncaughtExceptions() throws Exception {
    HeadlessChromium chromium = BrowserTests.chromiumOrAbort();
    Path page = tmp.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><p>x</p><script>console.error('boom-from-test'); undefinedFn();</script></body></html>", StandardCharsets.UTF_8);
    HeadlessChromium.PageLoad load = chromium.load(page, tmp.resolve("broken.png"), 400, 300, tmp.resolve("chromium"));
    assertThat(load.consoleMessages()).anyMatch(m -> m.contains("boom-from-test")).anyMatch(m -> m.contains("undefinedFn"));
    assertThat(load.screenshot()).exists();
  }
}
