package io.cognitoanalyzer.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, as Maven stamped it into the jar. */
public final class ToolVersion {
  private ToolVersion() {}

  public static String get() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/cognito-analyzer.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
