package io.cognitoanalyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.ReportConfig;
import io.cognitoanalyzer.table.TableSchemas;
import io.cognitoanalyzer.testing.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report over a small fixed table (src/test/resources/reports/*.jsonl), compared with the
 * golden CSV files under src/test/resources/golden/reports/ without regard to row order; the
 * Parquet schema is checked separately. Regenerate the golden files only on purpose, with
 * {@code mvn test -Dtest=ReportGoldenTest -Dgolden.regenerate=true}, and review the diff.
 */
class ReportGoldenTest {
  static final Path FIXTURES = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/reports");
  static final Path GOLDEN = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/golden/reports");
  static final boolean REGENERATE = Boolean.getBoolean("golden.regenerate");

  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void reportOverTheFixedTable() throws IOException {
    SparkSession spark = SharedSpark.get();
    Path table = tmp.resolve("table");
    write(spark, TableSchemas.USER_ACTIVITY, "user_activity.jsonl", table.resolve(TableSchemas.USER_ACTIVITY_TABLE));
    write(spark, TableSchemas.USER_NOTIFICATION, "user_notification.jsonl", table.resolve(TableSchemas.USER_NOTIFICATION_TABLE));
    out = tmp.resolve("reports");
    new ReportJob(spark, line -> {}, Clock.systemUTC())
        .run(new ReportConfig(table.toUri().toString(), out.toUri().toString(), DateWindow.ALL, Set.of()));
  }

  private static void write(SparkSession spark, StructType schema, String fixture, Path location) {
    spark.read().schema(schema).json(FIXTURES.resolve(fixture).toString())
        .write().partitionBy(TableSchemas.ACTIVITY_PARTITIONING.toArray(String[]::new)).parquet(location.toString());
  }

  @ParameterizedTest
  @EnumSource(Report.class)
  void csvMatchesTheGoldenFile(Report report) throws IOException {
    Path actual = out.resolve(report.reportName() + ".csv");
    Path golden = GOLDEN.resolve(report.reportName() + ".csv");
    if (REGENERATE) {
      Files.createDirectories(GOLDEN);
      Files.copy(actual, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.regenerate=true").exists();
    List<String> expected = records(golden);
    List<String> got = records(actual);
    assertThat(got.get(0)).as("header").isEqualTo(expected.get(0));
    assertThat(got.subList(1, got.size())).containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
    assertThat(got.size()).as("a golden file with no rows checks nothing").isGreaterThan(1);
  }

  @ParameterizedTest
  @EnumSource(Report.class)
  void parquetHasTheDeclaredSchema(Report report) {
    StructType written = SharedSpark.get().read().parquet(out.resolve(report.reportName()).toString()).schema();
    assertThat(written.fieldNames()).containsExactly(report.schema().fieldNames());
    for (StructField field : report.schema().fields()) {
      assertThat(written.apply(field.name()).dataType()).as(field.name()).isEqualTo(field.dataType());
    }
  }

  /** CSV records split at CRLF; the fixtures' quoted fields hold no line breaks. */
  private static List<String> records(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    return List.of(text.split("\r\n"));
  }
}
