package io.cognitoanalyzer.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.table.TableSchemas;
import io.cognitoanalyzer.testing.SharedSpark;
import io.cognitoanalyzer.testing.Tables;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SQL cell of every notebook runs, in order, against the sample table, with the views the
 * setup cell registers, so a notebook cannot rot unnoticed when the table changes.
 */
class NotebookSqlTest {
  private static final Set<String> VIEWS = Set.of(TableSchemas.USER_ACTIVITY_TABLE, TableSchemas.USER_NOTIFICATION_TABLE);

  /** Its defaults must point at a user and an address in the sample, so each query finds rows. */
  private static final String INVESTIGATION = "investigate-user-or-ip.ipynb";

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
    for (Path file : Notebook.files()) {
      Notebook notebook = Notebook.read(file);
      assertThat(notebook.sql()).as("%s has SQL cells", notebook.name()).isNotEmpty();
      registerViewsAsTheSetupCellDoes(spark);
      for (String sql : notebook.sql()) {
        List<Row> rows;
        try {
          // Every row, not a limit: a runtime error (ANSI casts, division) in any row must show.
          rows = spark.sql(sql).collectAsList();
        } catch (RuntimeException e) {
          throw new AssertionError(notebook.name() + ": this statement fails: " + e.getMessage() + "\n" + sql, e);
        }
        if (notebook.name().equals(INVESTIGATION) && isQuery(sql)) {
          assertThat(rows).as("%s finds the default user or address in the sample:%n%s", notebook.name(), sql).isNotEmpty();
        }
      }
    }
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
