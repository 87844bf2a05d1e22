package io.cognitoanalyzer.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.cli.CognitoAnalyzer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code ddl} through the real command line and splits what it prints into statements. */
final class DdlScripts {
  private DdlScripts() {}

  static List<String> print(String... ddlArgs) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CognitoAnalyzer.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] args = new String[ddlArgs.length + 1];
    args[0] = "ddl";
    System.arraycopy(ddlArgs, 0, args, 1, ddlArgs.length);
    assertThat(cli.execute(args)).as("ddl exit code; stderr: %s", err).isZero();
    String script = out.toString();
    assertThat(script).endsWith(";\n\n");
    return Arrays.stream(script.split(";\n\n")).filter(s -> !s.isBlank()).toList();
  }

  /** The statement that starts with {@code prefix}; exactly one must. */
  static String startingWith(List<String> statements, String prefix) {
    List<String> found = statements.stream().filter(s -> s.startsWith(prefix)).toList();
    assertThat(found).as("statements starting with %s in %s", prefix, statements).hasSize(1);
    return found.get(0);
  }
}
