package io.cognitoanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.config.IngestConfig;
import io.cognitoanalyzer.testing.SharedSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CognitoAnalyzerCliTest {
  @TempDir Path tmp;

  /** Runs the CLI in-process and returns the exit code; stderr is captured into {@code err}. */
  static int run(StringWriter err, String... args) {
    CommandLine cli = CognitoAnalyzer.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void ingestFlagsMapToTheConfig() {
    CommandLine cli = CognitoAnalyzer.commandLine();
    CommandLine.ParseResult parsed =
        cli.parseArgs(
            "ingest", "--input", "s3a://b/amazon_cognito/,file:/data/x", "--input", "s3://c/p", "--table", "s3a://b/table",
            "--from", "2026-03-01", "--to", "2026-03-02", "--pools", "us-east-1_A,eu-west-1_B",
            "--conf", "spark.hadoop.fs.s3a.endpoint=http://127.0.0.1:9000", "--conf", "spark.sql.shuffle.partitions=4");
    IngestCommand ingest = (IngestCommand) parsed.subcommand().commandSpec().userObject();
    IngestConfig config = ingest.config();
    assertThat(config.inputs()).containsExactly("s3a://b/amazon_cognito/", "file:/data/x", "s3://c/p");
    assertThat(config.table()).isEqualTo("s3a://b/table");
    assertThat(config.window().from()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(config.window().to()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(config.pools()).containsExactlyInAnyOrder("us-east-1_A", "eu-west-1_B");
    assertThat(ingest.spark.conf)
        .containsEntry("spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:9000")
        .containsEntry("spark.sql.shuffle.partitions", "4");
  }

  @Test
  void defaultsAreAllDatesAllPoolsAndLocalMaster() {
    IngestCommand ingest =
        (IngestCommand)
            CognitoAnalyzer.commandLine().parseArgs("ingest", "--input", "in", "--table", "t").subcommand().commandSpec().userObject();
    assertThat(ingest.config().window().isAll()).isTrue();
    assertThat(ingest.config().pools()).isEmpty();
    assertThat(ingest.spark.effectiveMaster()).isEqualTo(System.getProperty("spark.master") == null ? "local[*]" : null);
  }

  @Test
  void badDateExitsTwoNamingFlagAndValue() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "ingest", "--input", "x", "--table", "t", "--from", "2026-13-01")).isEqualTo(2);
    assertThat(err.toString()).contains("--from").contains("2026-13-01");
  }

  @Test
  void fromAfterToExitsTwoNamingBothValues() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "ingest", "--input", "x", "--table", "t", "--from", "2026-03-02", "--to", "2026-03-01")).isEqualTo(2);
    assertThat(err.toString()).contains("--from must be on or before --to, got 2026-03-02 > 2026-03-01");
  }

  @Test
  void missingRequiredFlagExitsTwo() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "ingest", "--input", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("--table");
  }

  @Test
  void missingInputExitsOneNamingTheLocation() {
    SharedSpark.get();
    StringWriter err = new StringWriter();
    String missing = tmp.resolve("no-such-archive").toUri().toString();
    int code = run(err, "ingest", "--input", missing, "--table", tmp.resolve("t").toUri().toString(), "--master", "local[2]");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("--input").contains("no-such-archive").contains("does not exist");
  }

  @Test
  void sampleRejectsTooFewEvents() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "sample", "--out", tmp.toString(), "--events", "3")).isEqualTo(2);
    assertThat(err.toString()).contains("--events").contains("3");
  }
}
