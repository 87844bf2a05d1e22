package io.cognitoanalyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.config.Secrets;
import io.cognitoanalyzer.testing.Fixtures;
import io.cognitoanalyzer.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real ingest run with secrets in --conf: they appear in no output and no file it writes. */
class NoSecretIsLoggedTest {
  static final Map<String, String> SECRETS =
      Map.of(
          "spark.hadoop.fs.s3a.secret.key", "SEKRET123xyz",
          "spark.hadoop.fs.s3a.access.key", "AKIAEXAMPLE42",
          "spark.hadoop.fs.s3a.session.token", "TOKEN456def",
          "spark.cognito.test.Password", "PW789ghi",
          "spark.cognito.test.credential", "CRED321jkl");
  static final String PLAIN_KEY = "spark.cognito.test.region";
  static final String PLAIN_VALUE = "eu-central-1-visible";

  @TempDir Path tmp;

  @AfterEach
  void forgetTheSettings() {
    // The shared session keeps runtime settings; take ours out so no other test sees them.
    SparkSession spark = SharedSpark.get();
    List<String> keys = new ArrayList<>(SECRETS.keySet());
    keys.add(PLAIN_KEY);
    for (String key : keys) {
      spark.conf().unset(key);
      spark.sparkContext().hadoopConfiguration().unset(key.replaceFirst("^spark\\.hadoop\\.", ""));
    }
  }

  @Test
  void secretsAppearNowhereWhilePlainSettingsArePrinted() throws IOException {
    SharedSpark.get();
    Path table = tmp.resolve("table");
    List<String> args =
        new ArrayList<>(
            List.of(
                "ingest", "--input", Fixtures.dir("layouts/firehose").toUri().toString(), "--table", table.toUri().toString(),
                "--master", "local[2]", "--conf", "spark.sql.shuffle.partitions=2", "--conf", PLAIN_KEY + "=" + PLAIN_VALUE));
    SECRETS.forEach((k, v) -> args.addAll(List.of("--conf", k + "=" + v)));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = CognitoAnalyzer.execute(args.toArray(String[]::new));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    String printedOut = out.toString(StandardCharsets.UTF_8);
    String printedErr = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as("exit code; stderr:\n%s", printedErr).isZero();
    assertThat(printedOut).contains("rows written: user_activity");

    // The settings are printed once, the plain one in clear and every secret redacted.
    assertThat(printedErr).containsOnlyOnce("settings (non-default; secret values redacted):");
    assertThat(printedErr).contains("  " + PLAIN_KEY + "=" + PLAIN_VALUE + "\n");
    SECRETS.keySet().forEach(k -> assertThat(printedErr).contains("  " + k + "=" + Secrets.REDACTED + "\n"));

    List<Path> written;
    try (Stream<Path> files = Files.walk(table)) {
      written = files.filter(Files::isRegularFile).toList();
    }
    assertThat(written).anyMatch(p -> p.toString().endsWith(".json"));
    for (String secret : SECRETS.values()) {
      assertThat(printedOut).doesNotContain(secret);
      assertThat(printedErr).doesNotContain(secret);
      for (Path file : written) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(secret);
      }
    }

    // Spark's own redaction (UI, event log, debug output) covers every one of these keys.
    Pattern spark = Pattern.compile(SharedSpark.get().sparkContext().getConf().get(Secrets.SPARK_REDACTION_REGEX));
    SECRETS.keySet().forEach(k -> assertThat(spark.matcher(k).find()).as(k).isTrue());
    assertThat(spark.matcher(PLAIN_KEY).find()).isFalse();
  }
}
