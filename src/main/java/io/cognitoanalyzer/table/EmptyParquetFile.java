package io.cognitoanalyzer.table;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.spark.sql.types.StructType;

/**
 * A Parquet file with a table's schema and no rows, as Spark writes for an empty result, without
 * starting Spark's SQL engine for it: a clean archive's run then needs no query at all.
 */
final class EmptyParquetFile {
  private EmptyParquetFile() {}

  static void write(Path path, StructType schema, Configuration conf, String sparkVersion) throws IOException {
    Builder builder = new Builder(HadoopOutputFile.fromPath(path, conf), schema, sparkVersion);
    try (ParquetWriter<Void> writer = builder.withConf(conf).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
      // no rows: closing writes the footer
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Void, Builder> {
    private final StructType schema;
    private final String sparkVersion;

    Builder(OutputFile file, StructType schema, String sparkVersion) {
      super(file);
      this.schema = schema;
      this.sparkVersion = sparkVersion;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Void> getWriteSupport(Configuration conf) {
      return new WriteSupport<>() {
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
      };
    }
  }
}
