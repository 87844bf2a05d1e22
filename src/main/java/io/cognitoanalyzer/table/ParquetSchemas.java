package io.cognitoanalyzer.table;

import static org.apache.parquet.schema.LogicalTypeAnnotation.listType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.mapType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;

import java.util.Map;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema that Spark's own writer produces for a table schema with its default settings
 * (standard LIST and MAP groups, timestamps as INT96), for the files this job writes without
 * Spark's writer. Files from either writer must be indistinguishable to every reader: a test
 * compares this with the footer of a file Spark wrote.
 */
final class ParquetSchemas {
  private ParquetSchemas() {}

  /** The footer key under which Spark keeps the exact Spark schema of a file. */
  static final String SPARK_ROW_METADATA = "org.apache.spark.sql.parquet.row.metadata";

  /** The footer key naming the Spark version; Spark decides date and INT96 rebasing from it. */
  static final String SPARK_VERSION_METADATA = "org.apache.spark.version";

  /** Spark's name for the root message. */
  static final String ROOT = "spark_schema";

  /** The footer entries Spark writes: its version and the exact Spark schema. */
  static Map<String, String> sparkMetadata(StructType schema, String sparkVersion) {
    return Map.of(SPARK_VERSION_METADATA, sparkVersion, SPARK_ROW_METADATA, schema.json());
  }

  static MessageType of(StructType schema) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (StructField field : schema.fields()) {
      message.addField(field(field.name(), field.dataType(), field.nullable()));
    }
    return message.named(ROOT);
  }

  private static Type field(String name, DataType type, boolean nullable) {
    Type.Repetition repetition = nullable ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
    if (type.equals(DataTypes.StringType)) {
      return Types.primitive(PrimitiveTypeName.BINARY, repetition).as(stringType()).named(name);
    }
    if (type.equals(DataTypes.TimestampType)) {
      return Types.primitive(PrimitiveTypeName.INT96, repetition).named(name);
    }
    if (type.equals(DataTypes.BooleanType)) {
      return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
    }
    if (type.equals(DataTypes.IntegerType)) {
      return Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
    }
    if (type.equals(DataTypes.LongType)) {
      return Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
    }
    if (type instanceof StructType struct) {
      Types.GroupBuilder<org.apache.parquet.schema.GroupType> group = Types.buildGroup(repetition);
      for (StructField f : struct.fields()) {
        group.addField(field(f.name(), f.dataType(), f.nullable()));
      }
      return group.named(name);
    }
    if (type instanceof ArrayType array) {
      return Types.buildGroup(repetition)
          .as(listType())
          .addField(
              Types.repeatedGroup()
                  .addField(field("element", array.elementType(), array.containsNull()))
                  .named("list"))
          .named(name);
    }
    if (type instanceof MapType map) {
      return Types.buildGroup(repetition)
          .as(mapType())
          .addField(
              Types.repeatedGroup()
                  .addField(field("key", map.keyType(), false))
                  .addField(field("value", map.valueType(), map.valueContainsNull()))
                  .named("key_value"))
          .named(name);
    }
    throw new IllegalArgumentException("no Parquet mapping for column " + name + " of type " + type.simpleString());
  }
}
