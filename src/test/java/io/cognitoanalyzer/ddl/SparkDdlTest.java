package io.cognitoanalyzer.ddl;

import static io.cognitoanalyzer.table.Columns.EVENT_DATE;
import static io.cognitoanalyzer.table.Columns.USER_POOL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.ReportConfig;
import io.cognitoanalyzer.report.ReportJob;
import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.table.TableSchemas;
import io.cognitoanalyzer.testing.SharedSpark;
import io.cognitoanalyzer.testing.Tables;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed Spark DDL, run in Spark over an ingested sample, reads what the folders hold. */
class SparkDdlTest {
  /** A database of this test's own, so that no other test's tables clash with these. */
  static final String DATABASE = "ddl_spark_test";

  @TempDir static Path tmp;
  static String table;
  static String reports;
  static List<String> statements;

  @BeforeAll
  static void ingestAndCreateTables() throws Exception {
    Path archive = tmp.resolve("archive");
    SampleArchive.write(archive, 200, 5L);
    table = tmp.resolve("table").toUri().toString();
    Tables.ingest(archive.toUri().toString(), table);
    reports = tmp.resolve("reports").toUri().toString();
    new ReportJob(SharedSpark.get(), line -> {}, Clock.systemUTC()).run(new ReportConfig(table, reports, DateWindow.ALL, Set.of()));
    SparkSession spark = SharedSpark.get();
    spark.sql("DROP DATABASE IF EXISTS " + DATABASE + " CASCADE");
    // Created here with a location under the temp dir, so that no spark-warehouse folder appears
    // in the working directory; the printed CREATE DATABASE IF NOT EXISTS then finds it.
    spark.sql("CREATE DATABASE " + DATABASE + " LOCATION '" + tmp.resolve("warehouse").toUri() + "'");
    statements = DdlScripts.print("--table", table, "--reports", reports, "--dialect", "spark", "--database", DATABASE);
    for (String statement : statements) {
      spark.sql(statement);
    }
  }

  @AfterAll
  static void dropDatabase() {
    SharedSpark.get().sql("DROP DATABASE IF EXISTS " + DATABASE + " CASCADE");
  }

  @Test
  void everyTableReadsExactlyWhatItsFolderHolds() {
    for (TableDefinition definition : TableDefinitions.INGESTED) {
      Dataset<Row> viaDdl = SharedSpark.get().table(DATABASE + "." + definition.name());
      Dataset<Row> direct = Tables.read(table + "/" + definition.location());
      assertThat(viaDdl.count()).as(definition.name()).isPositive().isEqualTo(direct.count());
      assertThat(viaDdl.columns()).as(definition.name()).containsExactly(direct.columns());
      assertThat(Tables.sortedRows(viaDdl)).as(definition.name()).isEqualTo(Tables.sortedRows(direct));
    }
  }

  @Test
  void everyReportTableReadsExactlyWhatItsFolderHolds() {
    for (TableDefinition definition : TableDefinitions.REPORTS) {
      Dataset<Row> viaDdl = SharedSpark.get().table(DATABASE + "." + definition.name());
      Dataset<Row> direct = Tables.read(reports + "/" + definition.location());
      assertThat(viaDdl.count()).as(definition.name()).isPositive().isEqualTo(direct.count());
      assertThat(describe(viaDdl.schema().fields())).as(definition.name()).isEqualTo(describe(definition.schema().fields()));
      assertThat(Tables.sortedRows(viaDdl)).as(definition.name()).isEqualTo(Tables.sortedRows(direct));
    }
  }

  @Test
  void tableSchemasAreTheJobsSchemas() {
    for (TableDefinition definition : TableDefinitions.INGESTED) {
      List<String> actual = describe(SharedSpark.get().table(DATABASE + "." + definition.name()).schema().fields());
      assertThat(actual).as(definition.name()).isEqualTo(describe(definition.schema().fields()));
    }
  }

  @Test
  void partitionsAreRegisteredAndPrune() {
    SparkSession spark = SharedSpark.get();
    Dataset<Row> direct = Tables.activity(table);
    long folders = direct.select(USER_POOL_ID, EVENT_DATE).distinct().count();
    assertThat(folders).isGreaterThan(1);
    assertThat(spark.sql("SHOW PARTITIONS " + DATABASE + "." + TableSchemas.USER_ACTIVITY_TABLE).count()).isEqualTo(folders);

    Row first = direct.select(USER_POOL_ID, EVENT_DATE).orderBy(USER_POOL_ID, EVENT_DATE).first();
    String where = USER_POOL_ID + " = '" + first.getString(0) + "' AND " + EVENT_DATE + " = DATE'" + first.get(1) + "'";
    long viaDdl = spark.sql("SELECT count(*) FROM " + DATABASE + "." + TableSchemas.USER_ACTIVITY_TABLE + " WHERE " + where).first().getLong(0);
    assertThat(viaDdl).isPositive().isEqualTo(direct.where(where).count());
  }

  @Test
  void printsRepairAfterEveryPartitionedTable() {
    for (TableDefinition definition : TableDefinitions.INGESTED) {
      String name = "`" + DATABASE + "`.`" + definition.name() + "`";
      int create = statements.indexOf(DdlScripts.startingWith(statements, "CREATE TABLE IF NOT EXISTS " + name + " ("));
      assertThat(statements.get(create + 1)).isEqualTo("MSCK REPAIR TABLE " + name);
    }
  }

  private static List<String> describe(StructField[] fields) {
    return java.util.Arrays.stream(fields).map(f -> f.name() + " " + f.dataType().sql()).toList();
  }
}
