package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.table.ToolVersion;
import picocli.CommandLine;

/** {@code --version}: the version Maven stamped into the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"cognito-analyzer " + ToolVersion.get()};
  }
}
