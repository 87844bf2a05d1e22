package io.cognitoanalyzer.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clean run's quarantine file: no rows, and the footer Spark itself writes for an empty result. */
class EmptyParquetFileTest {
  @TempDir Path dir;

  private final SparkSession spark = SharedSpark.get();

  @Test
  void readsAsAnEmptyTableWithSparksFooter() throws IOException {
    StructType schema = TableSchemas.without(TableSchemas.QUARANTINE, Columns.INGEST_RUN);
    Path sparks = dir.resolve("spark");
    spark.createDataFrame(List.of(), schema).coalesce(1).write().parquet(sparks.toString());

    TableWriter.writeEmptyQuarantine(new Configuration(), new org.apache.hadoop.fs.Path(dir.resolve("table").toUri()), "run-1", spark.version());
    Path ours = dir.resolve("table/quarantine/ingest_run=run-1");

    ParquetMetadata expected = footer(sparks);
    ParquetMetadata actual = footer(ours);
    assertThat(actual.getFileMetaData().getSchema()).isEqualTo(expected.getFileMetaData().getSchema());
    assertThat(actual.getFileMetaData().getKeyValueMetaData()).isEqualTo(expected.getFileMetaData().getKeyValueMetaData());
    assertThat(actual.getBlocks()).isEmpty();

    Dataset<Row> read = spark.read().parquet(dir.resolve("table/quarantine").toString());
    assertThat(read.count()).isZero();
    assertThat(read.schema()).isEqualTo(schema.add(Columns.INGEST_RUN, org.apache.spark.sql.types.DataTypes.StringType));
  }

  private static ParquetMetadata footer(Path directory) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(directory)) {
      file = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
      return reader.getFooter();
    }
  }
}
