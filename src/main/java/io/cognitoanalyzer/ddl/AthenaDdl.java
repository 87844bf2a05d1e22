package io.cognitoanalyzer.ddl;

import static io.cognitoanalyzer.table.Columns.EVENT_DATE;
import static io.cognitoanalyzer.table.Columns.USER_POOL_ID;

import io.cognitoanalyzer.config.DdlConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Athena's (Hive) DDL: {@code CREATE EXTERNAL TABLE ... STORED AS PARQUET}. Tables partitioned by
 * pool and date use partition projection, so new partitions need no catalog update: event_date is
 * a projected date range ending today, user_pool_id is {@code injected} (each query names its
 * pools) or an {@code enum} of the pools given. Other partitioned tables (the quarantine, by run)
 * cannot be projected and get {@code MSCK REPAIR TABLE}, to be run again after each ingest.
 */
final class AthenaDdl {
  private AthenaDdl() {}

  static List<String> statements(DdlConfig config, List<TableDefinition> tables) {
    List<String> out = new ArrayList<>(Sql.createDatabase(config.database()));
    for (TableDefinition table : tables) {
      String name = Sql.tableName(config.database(), table.name());
      String location = Locations.forAthena(Locations.join(config.root(), table.location()));
      StringBuilder sql = new StringBuilder();
      sql.append("CREATE EXTERNAL TABLE IF NOT EXISTS ").append(name).append(" (\n");
      sql.append(columns(table.dataColumns())).append("\n)\n");
      if (table.isPartitioned()) {
        sql.append("PARTITIONED BY (\n").append(columns(table.partitionFields())).append("\n)\n");
      }
      sql.append("STORED AS PARQUET\n");
      // Athena wants the folder with its trailing slash.
      sql.append("LOCATION ").append(Sql.literal(location + "/"));
      boolean projected = table.isPartitioned() && table.partitionColumns().stream().allMatch(AthenaDdl::projectable);
      if (projected) {
        sql.append("\nTBLPROPERTIES (\n")
            .append(
                projection(config, table, location).entrySet().stream()
                    .map(e -> "  " + Sql.literal(e.getKey()) + " = " + Sql.literal(e.getValue()))
                    .collect(Collectors.joining(",\n")))
            .append("\n)");
      }
      out.add(sql.toString());
      if (table.isPartitioned() && !projected) {
        out.add("MSCK REPAIR TABLE " + name);
      }
    }
    return out;
  }

  private static boolean projectable(String column) {
    return column.equals(USER_POOL_ID) || column.equals(EVENT_DATE);
  }

  private static String columns(StructType schema) {
    List<String> lines = new ArrayList<>();
    for (StructField field : schema.fields()) {
      lines.add("  " + Sql.quoted(field.name()) + " " + HiveTypes.of(field.dataType()));
    }
    return String.join(",\n", lines);
  }

  private static Map<String, String> projection(DdlConfig config, TableDefinition table, String location) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("projection.enabled", "true");
    StringBuilder template = new StringBuilder(location);
    for (String column : table.partitionColumns()) {
      if (column.equals(EVENT_DATE)) {
        properties.put("projection." + column + ".type", "date");
        properties.put("projection." + column + ".format", "yyyy-MM-dd");
        properties.put("projection." + column + ".range", config.projectionStart() + ",NOW");
        properties.put("projection." + column + ".interval", "1");
        properties.put("projection." + column + ".interval.unit", "DAYS");
      } else if (config.poolProjection() == DdlConfig.PoolProjection.ENUM) {
        properties.put("projection." + column + ".type", "enum");
        properties.put("projection." + column + ".values", String.join(",", config.pools()));
      } else {
        properties.put("projection." + column + ".type", "injected");
      }
      template.append('/').append(column).append("=${").append(column).append('}');
    }
    // The job's own folder layout, spelled out so that it does not rest on Athena's default.
    properties.put("storage.location.template", template.append('/').toString());
    return properties;
  }
}
