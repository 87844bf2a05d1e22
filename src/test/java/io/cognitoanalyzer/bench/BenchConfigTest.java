package io.cognitoanalyzer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognitoanalyzer.cli.CognitoAnalyzer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class BenchConfigTest {

  @Test
  void flagsHaveTheDocumentedDefaults() {
    ParseResult bench = CognitoAnalyzer.commandLine().parseArgs("bench").subcommand();
    assertThat(bench.commandSpec().name()).isEqualTo("bench");
    assertThat((Long) bench.commandSpec().findOption("--events").getValue()).isEqualTo(1_000_000L);
    assertThat((Integer) bench.commandSpec().findOption("--runs").getValue()).isEqualTo(2);
    assertThat((Path) bench.commandSpec().findOption("--dir").getValue()).isEqualTo(Path.of("target/bench"));
    assertThat((Long) bench.commandSpec().findOption("--seed").getValue()).isEqualTo(42L);
  }

  @Test
  void flagsMapToTheirOptions() {
    ParseResult bench =
        CognitoAnalyzer.commandLine()
            .parseArgs("bench", "--events", "200000", "--runs", "1", "--dir", "x/y", "--seed", "7")
            .subcommand();
    assertThat(bench.matchedOptionValue("--events", 0L)).isEqualTo(200_000L);
    assertThat(bench.matchedOptionValue("--runs", 0)).isEqualTo(1);
    assertThat(bench.matchedOptionValue("--dir", Path.of("."))).isEqualTo(Path.of("x/y"));
    assertThat(bench.matchedOptionValue("--seed", 0L)).isEqualTo(7L);
  }

  @Test
  void badValuesAreUsageErrorsThatNameTheValue() {
    CommandLine cli = CognitoAnalyzer.commandLine();
    cli.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
    assertThat(cli.execute("bench", "--events", "0")).isEqualTo(CognitoAnalyzer.EXIT_USAGE);
    assertThatThrownBy(() -> new BenchConfig(Path.of("d"), 0, 1, 1)).hasMessage("--events must be at least 1, got 0");
    assertThatThrownBy(() -> new BenchConfig(Path.of("d"), 1, 0, 1)).hasMessage("--runs must be at least 1, got 0");
    assertThatThrownBy(() -> new BenchConfig(null, 1, 1, 1)).hasMessage("--dir must name a directory, got none");
  }

  @Test
  void dirIsMadeAbsolute() {
    assertThat(new BenchConfig(Path.of("target/bench"), 1, 1, 1).dir()).isAbsolute();
  }
}
