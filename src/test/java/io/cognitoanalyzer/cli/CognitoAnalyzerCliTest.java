package io.cognitoanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.IngestConfig;
import io.cognitoanalyzer.config.ReportConfig;
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
  void reportFlagsMapToTheConfig() {
    ReportCommand report =
        (ReportCommand)
            CognitoAnalyzer.commandLine()
                .parseArgs("report", "--table", "s3a://b/table", "--out", "s3a://b/reports/", "--from", "2026-03-01", "--to", "2026-03-31", "--pools", "p1,p2")
                .subcommand().commandSpec().userObject();
    ReportConfig config = report.config();
    assertThat(config.table()).isEqualTo("s3a://b/table");
    assertThat(config.out()).isEqualTo("s3a://b/reports/");
    assertThat(config.window()).isEqualTo(new DateWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    assertThat(config.pools()).containsExactlyInAnyOrder("p1", "p2");
  }

  @Test
  void runGivesIngestAndReportTheSameScope() {
    RunCommand run =
        (RunCommand)
            CognitoAnalyzer.commandLine()
                .parseArgs("run", "--input", "s3://a/amazon_cognito/", "--table", "s3://b/t", "--out", "s3://b/r", "--from", "2026-03-01", "--pools", "p1")
                .subcommand().commandSpec().userObject();
    assertThat(run.ingestConfig().inputs()).containsExactly("s3://a/amazon_cognito/");
    assertThat(run.ingestConfig().window()).isEqualTo(run.reportConfig().window()).isEqualTo(new DateWindow(LocalDate.of(2026, 3, 1), null));
    assertThat(run.ingestConfig().pools()).isEqualTo(run.reportConfig().pools()).containsExactly("p1");
    assertThat(run.reportConfig().table()).isEqualTo(run.ingestConfig().table());
  }

  @Test
  void reportIntoTheTableFolderExitsTwoBeforeAnyWork() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "run", "--input", "in", "--table", "s3://b/t/", "--out", "s3://b/t")).isEqualTo(2);
    assertThat(err.toString()).contains("--out must differ from --table, got s3://b/t");
  }

  @Test
  void reportOverAMissingTableExitsOneNamingTheLocation() {
    StringWriter err = new StringWriter();
    String missing = tmp.resolve("no-table").toUri().toString();
    int code = run(err, "report", "--table", missing, "--out", tmp.resolve("r").toUri().toString(), "--conf", "spark.sql.shuffle.partitions=2");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no table at --table " + missing.replaceAll("/+$", ""));
  }

  @Test
  void anEmptyPoolIdExitsTwoInsteadOfMatchingNothing() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "report", "--table", "t", "--out", "o", "--pools", "")).isEqualTo(2);
    assertThat(err.toString()).contains("--pools has an empty user pool id");
    StringWriter err2 = new StringWriter();
    assertThat(run(err2, "ingest", "--input", "i", "--table", "t", "--pools", "p1,,p2")).isEqualTo(2);
    assertThat(err2.toString()).contains("--pools has an empty user pool id");
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
