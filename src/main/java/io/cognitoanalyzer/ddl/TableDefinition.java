package io.cognitoanalyzer.ddl;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * One table an analyst can query: its name, where it lives relative to a root location, its
 * schema (the one the job writes with, partition columns included and last) and its partition
 * columns, which are Hive-style folders ({@code column=value}) in that order.
 *
 * @param name the table name in SQL and the folder under the root
 * @param location the folder relative to the root, without leading or trailing slash
 * @param schema every column in the order the table reads back, partition columns last
 * @param partitionColumns the trailing columns of {@code schema} that are folders, outermost first
 */
public record TableDefinition(String name, String location, StructType schema, List<String> partitionColumns) {

  public TableDefinition {
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("a table name is lower-case letters, digits and _, got '" + name + "'");
    }
    if (location == null || location.isEmpty() || location.startsWith("/") || location.endsWith("/")) {
      throw new IllegalArgumentException("table " + name + ": location must be relative without edge slashes, got '" + location + "'");
    }
    partitionColumns = List.copyOf(partitionColumns);
    // Spark's CREATE TABLE ... USING and the folders both put partition columns last, in order.
    List<String> names = Arrays.asList(schema.fieldNames());
    List<String> tail = names.subList(names.size() - Math.min(names.size(), partitionColumns.size()), names.size());
    if (!tail.equals(partitionColumns)) {
      throw new IllegalArgumentException(
          "table " + name + ": partition columns " + partitionColumns + " must be the schema's last columns, got " + names);
    }
  }

  /** A table stored in {@code <root>/<name>/} without partition folders, such as a report. */
  public static TableDefinition unpartitioned(String name, StructType schema) {
    return new TableDefinition(name, name, schema, List.of());
  }

  /** A table stored in {@code <root>/<name>/} with Hive-style partition folders. */
  public static TableDefinition partitioned(String name, StructType schema, List<String> partitionColumns) {
    return new TableDefinition(name, name, schema, partitionColumns);
  }

  public boolean isPartitioned() {
    return !partitionColumns.isEmpty();
  }

  /** The columns stored in the data files, that is all but the partition columns. */
  public StructType dataColumns() {
    return new StructType(Arrays.copyOf(schema.fields(), schema.fields().length - partitionColumns.size()));
  }

  /** The partition columns with their types. */
  public StructType partitionFields() {
    return new StructType(Arrays.copyOfRange(schema.fields(), schema.fields().length - partitionColumns.size(), schema.fields().length));
  }
}
