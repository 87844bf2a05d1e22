package io.cognitoanalyzer.cli;

import static io.cognitoanalyzer.table.Columns.EVENT_ID;
import static io.cognitoanalyzer.table.Columns.REASON;
import static io.cognitoanalyzer.table.Columns.USER_POOL_ID;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.report.ReportJob;
import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.sample.SampleSummary;
import io.cognitoanalyzer.table.RunManifest;
import io.cognitoanalyzer.table.TableSchemas;
import io.cognitoanalyzer.testing.LocalSparkHome;
import io.cognitoanalyzer.testing.SharedSpark;
import io.cognitoanalyzer.testing.Tables;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job jar through the real submit path: jobs/submit.sh calls the {@code spark-submit}
 * of a Spark installation made of the build's Spark and Hadoop jars, which runs Spark's own
 * SparkSubmit in a JVM of its own on {@code local[2]}, for {@code run} (ingest, then the reports).
 * That JVM's class path holds Spark and Hadoop but neither our classes nor the libraries the jar
 * bundles, so the job jar is what runs. Needs {@code mvn package} first, hence failsafe.
 */
class SparkSubmitIT {
  static final Path JOB_JAR = Path.of(required("cognito.jobJar"));
  static final Path CLUSTER_CLASSPATH = Path.of(required("cognito.clusterClasspath"));
  static final Path BASEDIR = Path.of(System.getProperty("project.basedir", "."));
  static final long TIMEOUT_MINUTES = 5;

  @TempDir static Path tmp;
  static SampleSummary sample;
  static String table;
  static Path reports;
  static String stdout;
  static String log;
  static int exit;

  @BeforeAll
  static void submitARunOverTheSample() throws IOException, InterruptedException {
    Path archive = tmp.resolve("archive");
    sample = SampleArchive.write(archive, 300, 23L);
    table = tmp.resolve("table").toUri().toString();
    reports = tmp.resolve("reports");
    Path sparkHome =
        LocalSparkHome.withJars(tmp.resolve("spark"), clusterJars(), childJvmFlags(), BASEDIR.resolve("jobs/conf/log4j2.properties"));

    ProcessBuilder builder =
        new ProcessBuilder(
            "bash", BASEDIR.resolve("jobs/submit.sh").toString(),
            "--master", "local[2]",
            "--conf", "spark.ui.enabled=false",
            "--conf", "spark.driver.host=127.0.0.1",
            "--conf", "spark.driver.bindAddress=127.0.0.1",
            "--conf", "spark.sql.shuffle.partitions=2",
            "--",
            "run", "--input", archive.toString(), "--table", table, "--out", reports.toString());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("COGNITO_ANALYZER_"));
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("COGNITO_ANALYZER_JAR", JOB_JAR.toString());
    Path out = tmp.resolve("stdout.txt");
    Path err = tmp.resolve("stderr.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("spark-submit did not finish in " + TIMEOUT_MINUTES + " min; log:\n" + Files.readString(err, UTF_8));
    }
    exit = process.exitValue();
    stdout = Files.readString(out, UTF_8);
    log = Files.readString(err, UTF_8);
  }

  @Test
  void runExitsZeroAndPrintsTheIngestSummary() {
    assertThat(exit).as("exit code; log:%n%s", log).isZero();
    assertThat(stdout).contains("rows written: user_activity:");
  }

  @Test
  void theTableHoldsTheWholeSample() {
    assertThat(Tables.activity(table).count()).isEqualTo(sample.activityEvents());
    assertThat(Tables.activity(table).select(USER_POOL_ID, EVENT_ID).distinct().count()).isEqualTo(sample.activityEvents());
    assertThat(Tables.notifications(table).count()).isEqualTo(sample.distinctNotifications());
    Map<String, Long> byReason =
        Tables.quarantine(table).groupBy(REASON).count().collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    assertThat(new TreeMap<>(byReason)).isEqualTo(new TreeMap<>(sample.malformedByReason()));
  }

  @Test
  void theManifestNamesTheSparkItRanOnAndTheJarsVersion() throws IOException {
    Path runs = Path.of(URI.create(table)).resolve("_runs");
    List<Path> manifests;
    try (Stream<Path> files = Files.list(runs)) {
      // The local file system also writes a hidden .crc beside each file.
      manifests = files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    }
    assertThat(manifests).hasSize(1);
    RunManifest manifest = RunManifest.fromJson(Files.readString(manifests.get(0), UTF_8));
    // The same Spark as this build's (4.0 by default, 3.5 with -Pspark35).
    assertThat(manifest.sparkVersion()).isEqualTo(SharedSpark.get().version());
    // Read from the jar's own cognito-analyzer.properties.
    assertThat(manifest.toolVersion()).isEqualTo(required("cognito.version"));
    assertThat(manifest.rowsWritten()).containsEntry(TableSchemas.USER_ACTIVITY_TABLE, sample.activityEvents());
  }

  @Test
  void theReportPageIsWrittenWithItsCharts() throws IOException {
    // The charts come from the bundled, relocated JFreeChart and JFreeSVG.
    assertThat(Files.readString(reports.resolve(ReportJob.PAGE), UTF_8)).contains("<svg");
  }

  @Test
  void theJarHoldsOurClassesAndRelocatedLibrariesOnly() throws IOException {
    List<String> entries;
    try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
      entries = jar.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).toList();
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(CognitoAnalyzer.class.getName());
    }
    assertThat(entries)
        .contains(CognitoAnalyzer.class.getName().replace('.', '/') + ".class", "cognito-analyzer.properties")
        .contains(
            "io/cognitoanalyzer/shaded/picocli/CommandLine.class",
            "io/cognitoanalyzer/shaded/org/apache/commons/csv/CSVFormat.class",
            "io/cognitoanalyzer/shaded/org/jfree/chart/JFreeChart.class");
    // What the cluster provides (Spark, Scala, Hadoop, the AWS SDKs, Jackson) must not ride along,
    // and nothing may sit outside our own package where it could clash with the cluster's classes.
    assertThat(entries)
        .allMatch(
            e -> e.startsWith("io/cognitoanalyzer/") || e.startsWith("META-INF/") || e.equals("cognito-analyzer.properties"),
            "under io/cognitoanalyzer/ or META-INF/");
  }

  @Test
  void theSubmitClasspathHasNeitherOurClassesNorTheBundledLibraries() throws IOException {
    assertThat(clusterJars())
        .isNotEmpty()
        .noneMatch(p -> p.toString().contains("picocli"))
        .noneMatch(p -> p.toString().contains("commons-csv"))
        .noneMatch(p -> p.toString().contains("jfree"))
        .noneMatch(p -> p.toString().contains("cognito-analyzer"))
        .anyMatch(p -> p.getFileName().toString().startsWith("spark-core_"));
  }

  private static List<Path> clusterJars() throws IOException {
    return Arrays.stream(Files.readString(CLUSTER_CLASSPATH, UTF_8).trim().split(File.pathSeparator))
        .filter(s -> !s.isEmpty())
        .map(Path::of)
        .toList();
  }

  /**
   * Spark's own launcher flags, plus this JVM's zone and locale (the tests' America/Bahia_Banderas
   * and Turkish), so the job shows it does not depend on the driver's defaults.
   */
  private static List<String> childJvmFlags() {
    List<String> flags = new ArrayList<>();
    flags.add("-Xmx1g");
    flags.add("-Duser.timezone=" + System.getProperty("user.timezone"));
    flags.add("-Duser.language=" + System.getProperty("user.language"));
    flags.add("-Duser.country=" + System.getProperty("user.country"));
    // Not defaultModuleOptionArray(): Spark 3.5 does not have it.
    flags.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
    return flags;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set; run this test through mvn verify (failsafe)");
    }
    return value;
  }
}
