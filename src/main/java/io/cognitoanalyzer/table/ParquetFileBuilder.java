package io.cognitoanalyzer.table;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * parquet-mr's writer builder for a given {@link WriteSupport}, over a Hadoop path, replacing a
 * file a failed attempt may have left: the one way this job writes Parquet outside Spark.
 */
final class ParquetFileBuilder<T> extends ParquetWriter.Builder<T, ParquetFileBuilder<T>> {
  private final WriteSupport<T> support;

  private ParquetFileBuilder(HadoopOutputFile file, WriteSupport<T> support) {
    super(file);
    this.support = support;
  }

  static <T> ParquetFileBuilder<T> at(Path path, Configuration conf, WriteSupport<T> support) throws IOException {
    return new ParquetFileBuilder<>(HadoopOutputFile.fromPath(path, conf), support).withConf(conf).withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
  }

  @Override
  protected ParquetFileBuilder<T> self() {
    return this;
  }

  @Override
  protected WriteSupport<T> getWriteSupport(Configuration conf) {
    return support;
  }
}
