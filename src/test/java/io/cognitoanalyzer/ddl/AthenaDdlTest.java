package io.cognitoanalyzer.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cognitoanalyzer.table.Columns;
import io.cognitoanalyzer.table.TableSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.execution.SparkSqlParser;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The printed Athena DDL, parsed back and compared with the schemas the job writes with. */
class AthenaDdlTest {
  static final String ROOT = "s3a://my-lake/cognito/";
  static final String EXPECTED_ROOT = "s3://my-lake/cognito";

  static final Pattern TABLE =
      Pattern.compile(
          "CREATE EXTERNAL TABLE IF NOT EXISTS `analytics`\\.`(\\w+)` \\(\\n(.*?)\\n\\)\\n"
              + "(?:PARTITIONED BY \\(\\n(.*?)\\n\\)\\n)?"
              + "STORED AS PARQUET\\nLOCATION '([^']*)'"
              + "(?:\\nTBLPROPERTIES \\(\\n(.*)\\n\\))?",
          Pattern.DOTALL);

  /** One parsed CREATE EXTERNAL TABLE. */
  record Parsed(String name, List<String[]> columns, List<String[]> partitions, String location, Map<String, String> properties) {}

  static Parsed parse(String statement) {
    Matcher m = TABLE.matcher(statement);
    assertThat(m.matches()).as("a CREATE EXTERNAL TABLE of the expected shape:\n%s", statement).isTrue();
    return new Parsed(m.group(1), columns(m.group(2)), m.group(3) == null ? List.of() : columns(m.group(3)), m.group(4), properties(m.group(5)));
  }

  /** Lines {@code `name` type,} into (name, type) pairs. */
  static List<String[]> columns(String block) {
    List<String[]> out = new ArrayList<>();
    for (String line : block.split(",\n")) {
      Matcher m = Pattern.compile(" {2}`(\\w+)` (\\S+)").matcher(line);
      assertThat(m.matches()).as("column line '%s'", line).isTrue();
      out.add(new String[] {m.group(1), m.group(2)});
    }
    return out;
  }

  static Map<String, String> properties(String block) {
    Map<String, String> out = new LinkedHashMap<>();
    if (block != null) {
      for (String line : block.split(",\n")) {
        Matcher m = Pattern.compile(" {2}'([^']+)' = '([^']*)'").matcher(line);
        assertThat(m.matches()).as("property line '%s'", line).isTrue();
        out.put(m.group(1), m.group(2));
      }
    }
    return out;
  }

  static Parsed table(List<String> statements, String name) {
    return parse(DdlScripts.startingWith(statements, "CREATE EXTERNAL TABLE IF NOT EXISTS `analytics`.`" + name + "` ("));
  }

  @Test
  void columnsMatchTheSchemaByNameTypeAndOrder() {
    List<String> statements = DdlScripts.print("--table", ROOT, "--reports", ROOT + "-reports", "--database", "analytics");
    assertThat(statements.get(0)).isEqualTo("CREATE DATABASE IF NOT EXISTS `analytics`");
    assertThat(statements).filteredOn(s -> s.startsWith("CREATE DATABASE")).hasSize(1);
    List<TableDefinition> definitions = new ArrayList<>(TableDefinitions.INGESTED);
    definitions.addAll(TableDefinitions.REPORTS);
    for (TableDefinition definition : definitions) {
      Parsed parsed = table(statements, definition.name());
      List<String[]> all = new ArrayList<>(parsed.columns());
      all.addAll(parsed.partitions());
      StructField[] fields = definition.schema().fields();
      assertThat(all.stream().map(c -> c[0]).toList()).as(definition.name()).containsExactlyElementsOf(Arrays.stream(fields).map(StructField::name).toList());
      assertThat(parsed.partitions().stream().map(c -> c[0]).toList()).as(definition.name()).isEqualTo(definition.partitionColumns());
      for (int i = 0; i < fields.length; i++) {
        // Hive's type spelling is also Spark's DDL type syntax, so Spark's parser reads it back.
        assertThat(DataType.fromDDL(all.get(i)[1])).as("%s.%s", definition.name(), fields[i].name()).isEqualTo(fields[i].dataType());
      }
    }
  }

  @Test
  void typesAreSpelledTheWayAthenaWantsThem() {
    List<String> statements = DdlScripts.print("--table", ROOT, "--database", "analytics");
    Map<String, String> activity = types(table(statements, TableSchemas.USER_ACTIVITY_TABLE));
    assertThat(activity)
        .containsEntry(Columns.CHALLENGES, "array<struct<name:string,result:string>>")
        .containsEntry(Columns.EXTRA_FIELDS, "map<string,string>")
        .containsEntry(Columns.EVENT_TIME, "timestamp")
        .containsEntry(Columns.COMPROMISED_CREDENTIALS, "boolean")
        .containsEntry(Columns.RECORD_COUNT, "int")
        .containsEntry(Columns.USER_POOL_ID, "string")
        .containsEntry(Columns.EVENT_DATE, "date");
    assertThat(types(table(statements, TableSchemas.QUARANTINE_TABLE))).containsEntry(Columns.RECORD_OFFSET, "bigint");
  }

  @Test
  void poolAndDateTablesUseProjectionWithAnInjectedPoolByDefault() {
    List<String> statements = DdlScripts.print("--table", ROOT, "--database", "analytics", "--projection-start", "2024-02-01");
    for (String name : List.of(TableSchemas.USER_ACTIVITY_TABLE, TableSchemas.USER_NOTIFICATION_TABLE)) {
      Parsed parsed = table(statements, name);
      assertThat(parsed.location()).isEqualTo(EXPECTED_ROOT + "/" + name + "/");
      assertThat(parsed.properties())
          .containsEntry("projection.enabled", "true")
          .containsEntry("projection.user_pool_id.type", "injected")
          .containsEntry("projection.event_date.type", "date")
          .containsEntry("projection.event_date.format", "yyyy-MM-dd")
          .containsEntry("projection.event_date.range", "2024-02-01,NOW")
          .containsEntry("projection.event_date.interval", "1")
          .containsEntry("projection.event_date.interval.unit", "DAYS")
          .containsEntry(
              "storage.location.template",
              EXPECTED_ROOT + "/" + name + "/user_pool_id=${user_pool_id}/event_date=${event_date}/")
          .doesNotContainKey("projection.user_pool_id.values");
    }
    assertThat(statements).noneMatch(s -> s.startsWith("MSCK REPAIR TABLE `analytics`.`user_"));
  }

  @Test
  void enumProjectionListsThePools() {
    List<String> statements =
        DdlScripts.print("--table", ROOT, "--database", "analytics", "--pool-projection", "enum", "--pools", "us-east-1_AbC,eu-west-1_Xy9");
    assertThat(table(statements, TableSchemas.USER_ACTIVITY_TABLE).properties())
        .containsEntry("projection.user_pool_id.type", "enum")
        .containsEntry("projection.user_pool_id.values", "us-east-1_AbC,eu-west-1_Xy9");
  }

  @Test
  void quarantineIsRepairedNotProjected() {
    List<String> statements = DdlScripts.print("--table", ROOT, "--database", "analytics");
    Parsed quarantine = table(statements, TableSchemas.QUARANTINE_TABLE);
    assertThat(quarantine.properties()).isEmpty();
    assertThat(quarantine.location()).isEqualTo(EXPECTED_ROOT + "/quarantine/");
    assertThat(quarantine.partitions()).extracting(c -> c[0] + " " + c[1]).containsExactly("ingest_run string");
    assertThat(statements).contains("MSCK REPAIR TABLE `analytics`.`quarantine`");
  }

  @Test
  void everyStatementIsValidHiveSyntax() {
    // Spark's parser reads Hive's CREATE EXTERNAL TABLE ... STORED AS grammar; parsing needs no Hive.
    SparkSqlParser parser = new SparkSqlParser();
    for (String statement : DdlScripts.print("--table", ROOT, "--database", "analytics", "--pool-projection", "enum", "--pools", "p1")) {
      assertThatCode(() -> parser.parsePlan(statement)).as(statement).doesNotThrowAnyException();
    }
  }

  @Test
  void tablesWithoutDatabaseAreUnqualified() {
    List<String> statements = DdlScripts.print("--table", "s3://b/t");
    assertThat(statements).noneMatch(s -> s.startsWith("CREATE DATABASE"));
    assertThat(statements.get(0)).startsWith("CREATE EXTERNAL TABLE IF NOT EXISTS `user_activity` (").contains("LOCATION 's3://b/t/user_activity/'");
  }

  @Test
  void aReportIsOneUnpartitionedEntry() {
    StructType report = new StructType().add("country_code", "string").add("failures", "bigint");
    io.cognitoanalyzer.config.DdlConfig config =
        new io.cognitoanalyzer.config.DdlConfig(
            io.cognitoanalyzer.config.DdlConfig.Dialect.ATHENA, "s3a://b/reports", "analytics", null, List.of(), null);
    List<String> statements = Ddl.statements(config, List.of(TableDefinition.unpartitioned("failures_by_country", report)));
    Parsed parsed = table(statements, "failures_by_country");
    assertThat(parsed.partitions()).isEmpty();
    assertThat(parsed.properties()).isEmpty();
    assertThat(parsed.location()).isEqualTo("s3://b/reports/failures_by_country/");
    assertThat(statements).hasSize(2);
  }

  private static Map<String, String> types(Parsed parsed) {
    Map<String, String> out = new LinkedHashMap<>();
    parsed.columns().forEach(c -> out.put(c[0], c[1]));
    parsed.partitions().forEach(c -> out.put(c[0], c[1]));
    return out;
  }
}
