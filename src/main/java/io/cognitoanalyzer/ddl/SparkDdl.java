package io.cognitoanalyzer.ddl;

import io.cognitoanalyzer.config.DdlConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructField;

/**
 * Spark SQL's DDL: {@code CREATE TABLE ... USING parquet PARTITIONED BY (...) LOCATION ...}, a
 * table over the existing folders. Spark lists a partitioned table's partitions in its catalog and
 * does not discover existing folders at CREATE, so each partitioned table is followed by {@code
 * MSCK REPAIR TABLE}, to be run again after an ingest that adds partitions.
 */
final class SparkDdl {
  private SparkDdl() {}

  static List<String> statements(DdlConfig config, List<TableDefinition> tables) {
    List<String> out = new ArrayList<>(Sql.createDatabase(config.database()));
    for (TableDefinition table : tables) {
      String name = Sql.tableName(config.database(), table.name());
      StringBuilder sql = new StringBuilder();
      sql.append("CREATE TABLE IF NOT EXISTS ").append(name).append(" (\n");
      List<String> columns = new ArrayList<>();
      for (StructField field : table.schema().fields()) {
        columns.add("  " + Sql.quoted(field.name()) + " " + field.dataType().sql());
      }
      sql.append(String.join(",\n", columns)).append("\n)\n");
      sql.append("USING parquet\n");
      if (table.isPartitioned()) {
        sql.append("PARTITIONED BY (")
            .append(table.partitionColumns().stream().map(Sql::quoted).collect(Collectors.joining(", ")))
            .append(")\n");
      }
      sql.append("LOCATION ").append(Sql.literal(Locations.join(config.root(), table.location())));
      out.add(sql.toString());
      if (table.isPartitioned()) {
        out.add("MSCK REPAIR TABLE " + name);
      }
    }
    return out;
  }
}
