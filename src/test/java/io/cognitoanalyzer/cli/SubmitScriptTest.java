package io.cognitoanalyzer.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.testing.LocalSparkHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/submit.sh against installations that only record how spark-submit was called: the options
 * it adds, how it finds the Hadoop version for hadoop-aws, and that arguments pass through intact.
 * SparkSubmitIT runs the same script over a real SparkSubmit and the packaged jar.
 */
class SubmitScriptTest {
  static final Path SCRIPT = Path.of(System.getProperty("project.basedir", ".")).resolve("jobs/submit.sh");
  static final String MAIN = "io.cognitoanalyzer.cli.CognitoAnalyzer";

  @TempDir Path tmp;
  Path jar;

  record Result(int exit, String stderr) {}

  @BeforeEach
  void jar() throws IOException {
    jar = Files.writeString(tmp.resolve("job-spark.jar"), "not opened by the recording spark-submit", UTF_8);
  }

  @Test
  void plainDistributionGetsHadoopAwsOfItsHadoopVersion() throws Exception {
    Path home = LocalSparkHome.recording(tmp.resolve("spark"), List.of("hadoop-client-api-3.4.1.jar", "spark-core_2.13-4.0.4.jar"));

    assertThat(run(home, Map.of(), "ingest", "--input", "s3a://b/in", "--table", "s3a://b/t").exit()).isZero();

    assertThat(LocalSparkHome.recordedArgs(home))
        .containsExactly(
            "--class", MAIN, "--name", "cognito-analyzer", "--packages", "org.apache.hadoop:hadoop-aws:3.4.1",
            jar.toString(), "ingest", "--input", "s3a://b/in", "--table", "s3a://b/t");
  }

  @Test
  void olderDistributionsAreReadFromHadoopCommon() throws Exception {
    Path home = LocalSparkHome.recording(tmp.resolve("spark"), List.of("hadoop-common-3.3.4.jar"));

    run(home, Map.of(), "demo");

    assertThat(LocalSparkHome.recordedArgs(home)).containsSubsequence("--packages", "org.apache.hadoop:hadoop-aws:3.3.4");
  }

  @Test
  void installationsThatHaveS3aGetNoPackages() throws Exception {
    Path bundled = LocalSparkHome.recording(tmp.resolve("bundled"), List.of("hadoop-client-api-3.4.1.jar", "hadoop-aws-3.4.1.jar"));
    // EMR: the cluster's hadoop-aws.jar is on the classpath through spark-defaults.conf.
    Path emr = LocalSparkHome.recording(tmp.resolve("emr"), List.of("hadoop-client-api-3.4.1.jar"));
    Files.createDirectories(emr.resolve("conf"));
    Files.writeString(
        emr.resolve("conf/spark-defaults.conf"), "spark.driver.extraClassPath /usr/lib/hadoop/hadoop-aws.jar:/usr/share/aws/*\n", UTF_8);

    run(bundled, Map.of(), "demo");
    run(emr, Map.of(), "demo");

    assertThat(LocalSparkHome.recordedArgs(bundled)).doesNotContain("--packages").endsWith(jar.toString(), "demo");
    assertThat(LocalSparkHome.recordedArgs(emr)).doesNotContain("--packages").endsWith(jar.toString(), "demo");
  }

  @Test
  void unknownHadoopVersionAddsNothingAndSaysHowToSetIt() throws Exception {
    Path home = LocalSparkHome.recording(tmp.resolve("spark"), List.of("spark-core_2.13-4.0.4.jar"));

    Result result = run(home, Map.of(), "demo");

    assertThat(result.exit()).isZero();
    assertThat(LocalSparkHome.recordedArgs(home)).doesNotContain("--packages");
    assertThat(result.stderr()).contains("COGNITO_ANALYZER_HADOOP_AWS");
  }

  @Test
  void environmentOverridesDetection() throws Exception {
    Path home = LocalSparkHome.recording(tmp.resolve("spark"), List.of("hadoop-client-api-3.4.1.jar"));

    run(home, Map.of("COGNITO_ANALYZER_HADOOP_AWS", "3.4.2"), "demo");
    assertThat(LocalSparkHome.recordedArgs(home)).containsSubsequence("--packages", "org.apache.hadoop:hadoop-aws:3.4.2");

    run(home, Map.of("COGNITO_ANALYZER_HADOOP_AWS", "none"), "demo");
    assertThat(LocalSparkHome.recordedArgs(home)).doesNotContain("--packages");
  }

  @Test
  void optionsBeforeTheSeparatorGoToSparkSubmitAndJoinItsPackages() throws Exception {
    Path home = LocalSparkHome.recording(tmp.resolve("spark"), List.of("hadoop-client-api-3.4.1.jar"));

    run(home, Map.of(), "--master", "yarn", "--packages", "a:b:1", "--conf", "k=v w", "--", "ingest", "--input", "x y", "--", "z");

    assertThat(LocalSparkHome.recordedArgs(home))
        .containsExactly(
            "--class", MAIN, "--name", "cognito-analyzer", "--master", "yarn", "--packages", "a:b:1,org.apache.hadoop:hadoop-aws:3.4.1",
            "--conf", "k=v w", jar.toString(), "ingest", "--input", "x y", "--", "z");
  }

  @Test
  void aHadoopAwsTheUserPassesWins() throws Exception {
    Path home = LocalSparkHome.recording(tmp.resolve("spark"), List.of("hadoop-client-api-3.4.1.jar"));

    run(home, Map.of(), "--jars", "/opt/hadoop-aws-3.4.1.jar", "--", "demo");

    assertThat(LocalSparkHome.recordedArgs(home)).doesNotContain("--packages");
  }

  @Test
  void badInputExitsTwoNamingTheSetting() throws Exception {
    Path home = LocalSparkHome.recording(tmp.resolve("spark"), List.of("hadoop-client-api-3.4.1.jar"));

    Result version = run(home, Map.of("COGNITO_ANALYZER_HADOOP_AWS", "3.4;rm"), "demo");
    assertThat(version.exit()).isEqualTo(2);
    assertThat(version.stderr()).contains("COGNITO_ANALYZER_HADOOP_AWS").contains("3.4;rm");

    Result missingJar = run(home, Map.of("COGNITO_ANALYZER_JAR", tmp.resolve("nope.jar").toString()), "demo");
    assertThat(missingJar.exit()).isEqualTo(2);
    assertThat(missingJar.stderr()).contains("COGNITO_ANALYZER_JAR").contains("nope.jar");

    Result noCommand = run(home, Map.of(), "--master", "yarn", "--");
    assertThat(noCommand.exit()).isEqualTo(2);
    assertThat(noCommand.stderr()).contains("no command");
    assertThat(home.resolve(LocalSparkHome.ARGS_FILE)).doesNotExist();
  }

  private Result run(Path sparkHome, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    // Only what each test sets: the machine's own Spark settings must not leak in.
    environment.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("COGNITO_ANALYZER_"));
    environment.put("SPARK_HOME", sparkHome.toString());
    environment.put("COGNITO_ANALYZER_JAR", jar.toString());
    environment.putAll(env);
    Path stderr = tmp.resolve("stderr.txt");
    Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("jobs/submit.sh finished").isTrue();
    return new Result(process.exitValue(), Files.readString(stderr, UTF_8));
  }
}
