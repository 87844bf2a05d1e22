package io.cognitoanalyzer.table;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.spark.sql.types.StructType;

/**
 * A Parquet file with a table's schema and no rows, as Spark writes for an empty result, without
 * starting Spark's SQL engine for it: a clean archive's run then needs no query at all.
 */
final class EmptyParquetFile {
  private EmptyParquetFile() {}

  static void write(Path path, StructType schema, Configuration conf, String sparkVersion) throws IOException {
    try (ParquetWriter<Void> writer = ParquetFileBuilder.at(path, conf, new NoRows(schema, sparkVersion)).build()) {
      // no rows: closing writes the footer
    }
  }

  private static final class NoRows extends WriteSupport<Void> {
    private final StructType schema;
    private final String sparkVersion;

    NoRows(StructType schema, String sparkVersion) {
      this.schema = schema;
      this.sparkVersion = sparkVersion;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(ParquetSchemas.of(schema), ParquetSchemas.sparkMetadata(schema, sparkVersion));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {}

    @Override
    public void write(Void record) {
      throw new UnsupportedOperationException("an empty file has no rows");
    }
  }
}
