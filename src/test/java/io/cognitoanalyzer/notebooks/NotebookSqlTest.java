package io.cognitoanalyzer.notebooks;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognitoanalyzer.report.ReportDefinitions;
import io.cognitoanalyzer.report.ReportSchemas;
import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.table.TableSchemas;
import io.cognitoanalyzer.testing.SharedSpark;
import io.cognitoanalyzer.testing.Tables;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Table;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SQL cell of every notebook runs, in order, against the sample table, with the views the
 * setup cell registers, so a notebook cannot rot unnoticed when the table changes. A query that
 * returns a report's columns must return that report's rows, so the notebooks and the reports
 * cannot come to disagree on what "users" or "failure_rate" mean.
 */
class NotebookSqlTest {
  private static final String VIEW_ACTIVITY = TableSchemas.USER_ACTIVITY_TABLE;
  private static final String VIEW_NOTIFICATION = TableSchemas.USER_NOTIFICATION_TABLE;
  private static final Set<String> VIEWS = Set.of(VIEW_ACTIVITY, VIEW_NOTIFICATION);

  /** Its defaults must point at a user and an address in the sample, so each query finds rows. */
  private static final String INVESTIGATION = "investigate-user-or-ip.ipynb";

  /** Report name, its columns, and how the report job computes it from the two tables. */
  private record Report(String name, StructType schema, BiFunction<Dataset<Row>, Dataset<Row>, Dataset<Row>> definition) {}

  private static final List<Report> REPORTS =
      List.of(
          new Report("risk_decisions", ReportSchemas.RISK_DECISIONS, (activity, notifications) -> ReportDefinitions.riskDecisions(activity)),
          new Report("failure_rates", ReportSchemas.FAILURE_RATES, (activity, notifications) -> ReportDefinitions.failureRates(activity)),
          new Report("devices", ReportSchemas.DEVICES, (activity, notifications) -> ReportDefinitions.devices(activity)),
          new Report("geography", ReportSchemas.GEOGRAPHY, (activity, notifications) -> ReportDefinitions.geography(activity)),
          new Report(
              "notification_failures",
              ReportSchemas.NOTIFICATION_FAILURES,
              (activity, notifications) -> ReportDefinitions.notificationFailures(notifications)));

  @TempDir static Path tmp;
  private static String table;
  private static final Map<String, Dataset<Row>> cached = new HashMap<>();

  @BeforeAll
  static void ingestTheSample() throws Exception {
    Path archive = tmp.resolve("archive");
    // The demo's sample (jobs/cognito-analyzer demo): the notebooks' defaults are taken from it.
    SampleArchive.write(archive, 2000, 42L);
    table = tmp.resolve("table").toUri().toString();
    Tables.ingest(archive.toUri().toString(), table);
  }

  @AfterAll
  static void releaseTheCache() {
    cached.values().forEach(Dataset::unpersist);
  }

  @Test
  void theFourNotebooksExistAsNbformat4WithThePySparkKernel() {
    assertThat(Notebook.files())
        .extracting(p -> p.getFileName().toString())
        .contains("risk-overview.ipynb", INVESTIGATION, "failed-sign-ins.ipynb", "devices-and-geography.ipynb");
    for (Path file : Notebook.files()) {
      Notebook notebook = Notebook.read(file);
      assertThat(notebook.tree().path("nbformat").asInt()).as(notebook.name()).isEqualTo(4);
      assertThat(notebook.tree().at("/metadata/kernelspec/name").asText()).as(notebook.name()).isEqualTo("pysparkkernel");
      assertThat(notebook.tree().at("/metadata/kernelspec/language").asText()).as(notebook.name()).isEqualTo("python");
    }
  }

  @Test
  void setupCellPointsAtTheTableAndRegistersTheViews() {
    for (Path file : Notebook.files()) {
      Notebook notebook = Notebook.read(file);
      assertThat(notebook.setup())
          .as("%s setup cell", notebook.name())
          .containsPattern("(?m)^TABLE = \"s3://[^\"]+/\"$")
          .contains("spark.read.parquet(")
          .contains("createOrReplaceTempView")
          .contains("spark.sql.session.timeZone\", \"UTC\"");
      for (String view : VIEWS) {
        assertThat(notebook.setup()).as("%s registers %s", notebook.name(), view).contains("\"" + view + "\"");
      }
    }
  }

  @Test
  void everySqlCellRunsAgainstTheSampleTable() {
    SparkSession spark = SharedSpark.get();
    Set<String> reportsMatched = new TreeSet<>();
    for (Path file : Notebook.files()) {
      Notebook notebook = Notebook.read(file);
      assertThat(notebook.sql()).as("%s has SQL cells", notebook.name()).isNotEmpty();
      registerViewsAsTheSetupCellDoes(spark);
      for (String sql : notebook.sql()) {
        Dataset<Row> result;
        List<Row> rows;
        try {
          result = spark.sql(sql);
          // Every row, not a limit: a runtime error (ANSI casts, division) in any row must show.
          rows = result.collectAsList();
        } catch (RuntimeException e) {
          throw new AssertionError(notebook.name() + ": this statement fails: " + e.getMessage() + "\n" + sql, e);
        }
        if (notebook.name().equals(INVESTIGATION) && isQuery(sql)) {
          assertThat(rows).as("%s finds the default user or address in the sample:%n%s", notebook.name(), sql).isNotEmpty();
        }
        for (Report report : REPORTS) {
          if (Arrays.equals(result.schema().fieldNames(), report.schema().fieldNames())) {
            Dataset<Row> expected = report.definition().apply(spark.table(VIEW_ACTIVITY), spark.table(VIEW_NOTIFICATION));
            assertThat(Tables.sortedRows(as(result, report.schema())))
                .as("%s returns the %s report's columns, so it must return its rows:%n%s", notebook.name(), report.name(), sql)
                .isEqualTo(Tables.sortedRows(as(expected, report.schema())));
            reportsMatched.add(report.name());
          }
        }
      }
    }
    // The notebooks' text says which queries give a report's rows; each report has one.
    assertThat(reportsMatched).containsExactlyInAnyOrderElementsOf(REPORTS.stream().map(Report::name).toList());
  }

  /** {@code rows} with the report's column types, so a long and an int of equal value compare equal. */
  private static Dataset<Row> as(Dataset<Row> rows, StructType schema) {
    return rows.select(
        Arrays.stream(schema.fields()).map(f -> col(f.name()).cast(f.dataType()).as(f.name())).toArray(Column[]::new));
  }

  @Test
  void aCellThatIsNotPlainSparkSqlIsRejected() {
    assertThat(Notebook.sqlOf("spark.sql(\"\"\"\nSELECT 1\n\"\"\").show(50, truncate=False)", "ok")).isEqualTo("SELECT 1");
    assertThat(Notebook.sqlOf("spark.sql(\"\"\"\nCREATE TEMPORARY VIEW v AS SELECT 1\n\"\"\")", "ok"))
        .isEqualTo("CREATE TEMPORARY VIEW v AS SELECT 1");
    // An f-string or extra Python would run in Jupyter but not in this test: not allowed.
    assertThatThrownBy(() -> Notebook.sqlOf("spark.sql(f\"\"\"\nSELECT {x}\n\"\"\")", "cell 3"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("cell 3");
    assertThatThrownBy(() -> Notebook.sqlOf("df = spark.table(\"user_activity\")", "cell 4"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("cell 4");
  }

  /** What each notebook's setup cell does; other temporary views (parameters) are dropped. */
  private static void registerViewsAsTheSetupCellDoes(SparkSession spark) {
    for (Table view : spark.catalog().listTables().collectAsList()) {
      if (view.isTemporary()) {
        spark.catalog().dropTempView(view.name());
      }
    }
    for (String view : VIEWS) {
      // Cached: each of the ~30 statements would otherwise list and open every partition again.
      cached.computeIfAbsent(view, v -> spark.read().parquet(table + "/" + v).cache()).createOrReplaceTempView(view);
    }
  }

  private static boolean isQuery(String sql) {
    String head = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
    return head.startsWith("SELECT") || head.startsWith("WITH");
  }
}
