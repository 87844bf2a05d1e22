package io.cognitoanalyzer.ddl;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Spark SQL types as Hive DDL types, the spelling Athena's CREATE EXTERNAL TABLE takes: lower
 * case, {@code struct<name:type,...>} without spaces, {@code bigint} for long. Only the types the
 * tables use are mapped; any other fails loudly rather than printing a type Athena would misread.
 */
public final class HiveTypes {
  private HiveTypes() {}

  public static String of(DataType type) {
    if (type instanceof StringType) {
      return "string";
    } else if (type instanceof BooleanType) {
      return "boolean";
    } else if (type instanceof IntegerType) {
      return "int";
    } else if (type instanceof LongType) {
      return "bigint";
    } else if (type instanceof DoubleType) {
      return "double";
    } else if (type instanceof DateType) {
      return "date";
    } else if (type instanceof TimestampType) {
      // Spark's timestamp is an instant; Athena reads the stored UTC value as its timestamp.
      return "timestamp";
    } else if (type instanceof ArrayType array) {
      return "array<" + of(array.elementType()) + ">";
    } else if (type instanceof MapType map) {
      return "map<" + of(map.keyType()) + "," + of(map.valueType()) + ">";
    } else if (type instanceof StructType struct) {
      return Arrays.stream(struct.fields())
          .map(f -> Sql.checkedName(f.name()) + ":" + of(f.dataType()))
          .collect(Collectors.joining(",", "struct<", ">"));
    }
    throw new IllegalArgumentException("no Athena type for Spark type " + type.simpleString());
  }
}
