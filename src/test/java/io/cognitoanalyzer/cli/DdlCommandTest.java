package io.cognitoanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.config.DdlConfig;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DdlCommandTest {

  static DdlCommand parse(String... args) {
    return (DdlCommand) CognitoAnalyzer.commandLine().parseArgs(args).subcommand().commandSpec().userObject();
  }

  @Test
  void flagsMapToTheConfig() {
    DdlConfig config =
        parse("ddl", "--table", "s3a://b/t", "--dialect", "athena", "--database", "cognito", "--pool-projection", "enum",
                "--pools", "us-east-1_A,eu-west-1_B", "--projection-start", "2024-01-31")
            .config();
    assertThat(config.dialect()).isEqualTo(DdlConfig.Dialect.ATHENA);
    assertThat(config.root()).isEqualTo("s3a://b/t");
    assertThat(config.database()).isEqualTo("cognito");
    assertThat(config.poolProjection()).isEqualTo(DdlConfig.PoolProjection.ENUM);
    assertThat(config.pools()).containsExactly("us-east-1_A", "eu-west-1_B");
    assertThat(config.projectionStart()).isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @Test
  void defaultsAreAthenaInjectedUnqualifiedFrom2017() {
    DdlConfig config = parse("ddl", "--table", "s3://b/t").config();
    assertThat(config.dialect()).isEqualTo(DdlConfig.Dialect.ATHENA);
    assertThat(config.database()).isNull();
    assertThat(config.poolProjection()).isEqualTo(DdlConfig.PoolProjection.INJECTED);
    assertThat(config.pools()).isEmpty();
    assertThat(config.projectionStart()).isEqualTo(LocalDate.of(2017, 1, 1));
  }

  @Test
  void sparkDialectTakesAnyLocation() {
    DdlConfig config = parse("ddl", "--table", "target/t", "--dialect", "SPARK").config();
    assertThat(config.dialect()).isEqualTo(DdlConfig.Dialect.SPARK);
    assertThat(config.projectionStart()).isNull();
  }

  @Test
  void badDialectExitsTwoNamingTheValue() {
    StringWriter err = new StringWriter();
    assertThat(CognitoAnalyzerCliTest.run(err, "ddl", "--table", "s3://b/t", "--dialect", "hive")).isEqualTo(2);
    assertThat(err.toString()).contains("--dialect must be one of athena, spark, got 'hive'");
  }

  @Test
  void athenaNeedsAnS3Location() {
    StringWriter err = new StringWriter();
    assertThat(CognitoAnalyzerCliTest.run(err, "ddl", "--table", "/data/table")).isEqualTo(2);
    assertThat(err.toString()).contains("--table").contains("'/data/table'").contains("athena");
  }

  @Test
  void enumProjectionNeedsPools() {
    StringWriter err = new StringWriter();
    assertThat(CognitoAnalyzerCliTest.run(err, "ddl", "--table", "s3://b/t", "--pool-projection", "enum")).isEqualTo(2);
    assertThat(err.toString()).contains("--pool-projection enum").contains("--pools");
  }

  @Test
  void poolsWithoutEnumProjectionIsAnError() {
    StringWriter err = new StringWriter();
    assertThat(CognitoAnalyzerCliTest.run(err, "ddl", "--table", "s3://b/t", "--pools", "us-east-1_A")).isEqualTo(2);
    assertThat(err.toString()).contains("--pools").contains("us-east-1_A");
  }

  @Test
  void athenaOnlyFlagsAreRefusedForSpark() {
    StringWriter err = new StringWriter();
    assertThat(CognitoAnalyzerCliTest.run(err, "ddl", "--table", "t", "--dialect", "spark", "--projection-start", "2024-01-01")).isEqualTo(2);
    assertThat(err.toString()).contains("--projection-start").contains("--dialect spark");
  }

  @Test
  void badPoolProjectionAndDatabaseNameTheValue() {
    StringWriter err = new StringWriter();
    assertThat(CognitoAnalyzerCliTest.run(err, "ddl", "--table", "s3://b/t", "--pool-projection", "dynamic")).isEqualTo(2);
    assertThat(err.toString()).contains("--pool-projection must be one of injected, enum, got 'dynamic'");
    StringWriter err2 = new StringWriter();
    assertThat(CognitoAnalyzerCliTest.run(err2, "ddl", "--table", "s3://b/t", "--database", "My-DB")).isEqualTo(2);
    assertThat(err2.toString()).contains("--database").contains("'My-DB'");
  }

  @Test
  void helpListsTheCommand() {
    StringWriter out = new StringWriter();
    CommandLine cli = CognitoAnalyzer.commandLine();
    cli.setOut(new java.io.PrintWriter(out, true));
    assertThat(cli.execute("ddl", "--help")).isZero();
    assertThat(out.toString()).contains("--dialect").contains("--pool-projection").contains("--projection-start");
  }
}
