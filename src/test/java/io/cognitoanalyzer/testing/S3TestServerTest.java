package io.cognitoanalyzer.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.s3a.S3AFileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the in-JVM S3 server works through the real S3A connector, with and without Spark. */
class S3TestServerTest {
  private static final String DAY = "day";
  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.IntegerType, false)
          .add("name", DataTypes.StringType, true)
          .add(DAY, DataTypes.StringType, true);

  private final S3TestServer server = S3TestServer.shared();

  @Test
  void endpointIsLoopbackWithAPort() {
    assertThat(server.endpoint()).matches("http://127\\.0\\.0\\.1:[1-9][0-9]*");
    assertThat(server.s3aConf("some-bucket"))
        .containsEntry("spark.hadoop.fs.s3a.bucket.some-bucket.endpoint", server.endpoint())
        .containsEntry("spark.hadoop.fs.s3.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem")
        .allSatisfy((k, v) -> assertThat(k).startsWith("spark.hadoop."));
  }

  @Test
  void createListReadDeleteThroughS3a() throws IOException {
    createListReadDelete("s3a", "harness-s3a");
  }

  @Test
  void s3SchemeIsServedByS3a() throws IOException {
    createListReadDelete("s3", "harness-s3-scheme");
  }

  private void createListReadDelete(String scheme, String bucket) throws IOException {
    server.createBucket(bucket);
    Configuration conf = confFor(bucket);
    URI root = URI.create(scheme + "://" + bucket + "/");
    try (FileSystem fs = FileSystem.newInstance(root, conf)) {
      assertThat(fs).isInstanceOf(S3AFileSystem.class);
      Path dir = new Path(root.resolve("data/"));
      Map<String, String> written =
          Map.of("data/a.txt", "first", "data/sub/b.txt", "second", "data/sub/deeper/c.txt", "third");
      for (Map.Entry<String, String> e : written.entrySet()) {
        write(fs, new Path(root.resolve(e.getKey())), e.getValue().getBytes(UTF_8));
      }

      Map<String, String> read = new TreeMap<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
      while (it.hasNext()) {
        Path p = it.next().getPath();
        assertThat(p.toUri().getScheme()).isEqualTo(scheme);
        String key = p.toUri().getPath().substring(1);
        read.put(key, new String(readAll(fs, p), UTF_8));
      }
      assertThat(read).isEqualTo(new TreeMap<>(written));

      assertThat(fs.delete(dir, true)).isTrue();
      assertThat(fs.exists(dir)).isFalse();
      assertThat(fs.exists(new Path(root.resolve("data/sub/b.txt")))).isFalse();
    }
  }

  @Test
  void multipartUploadRoundTrips() throws IOException {
    String bucket = "harness-multipart";
    server.createBucket(bucket);
    Configuration conf = confFor(bucket);
    // 5 MiB is the smallest part size S3A accepts (Constants.MULTIPART_MIN_SIZE).
    conf.set("fs.s3a.bucket." + bucket + ".multipart.size", "5M");
    byte[] data = new byte[12 * 1024 * 1024 + 123];
    new Random(42).nextBytes(data);

    URI root = URI.create("s3a://" + bucket + "/");
    Path file = new Path(root.resolve("big/blob.bin"));
    try (FileSystem fs = FileSystem.newInstance(root, conf)) {
      write(fs, file, data);

      // 12 MiB in 5 MiB parts: one multipart upload of three parts (5 + 5 + 2 MiB). Parts are
      // counted as completed PUTs: multipart_upload_part_put exists only from Hadoop 3.4 on, and
      // Spark 3.5 (-Pspark35) brings 3.3.4.
      Map<String, Long> counters = ((S3AFileSystem) fs).getIOStatistics().counters();
      assertThat(counters)
          .containsEntry("multipart_upload_completed", 1L)
          .containsEntry("object_put_request_completed", 3L);
      assertThat(fs.getFileStatus(file).getLen()).isEqualTo(data.length);
      assertThat(readAll(fs, file)).isEqualTo(data);
    }
  }

  @Test
  void sparkDynamicPartitionOverwriteLeavesOtherPartitionsUntouched() throws IOException {
    String bucket = "harness-spark";
    server.createBucket(bucket);
    SparkSession spark = SharedSpark.get();
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    server.applyTo(hadoopConf, bucket);
    // The session setting, not the per-write option: Spark 4.0.4 upper-cases the option's value in
    // the default locale, and under tr_TR "dynamic" becomes "DYNAMİC" and the write fails.
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    String table = "s3a://" + bucket + "/t/";

    write(
        spark,
        table,
        List.of(
            RowFactory.create(1, "alice", "2026-01-01"),
            RowFactory.create(2, "bob", "2026-01-01"),
            RowFactory.create(3, "carol", "2026-01-02")));
    FileSystem fs = FileSystem.get(URI.create(table), hadoopConf);
    Map<String, String> day1Before = snapshot(fs, new Path(table + DAY + "=2026-01-01"));
    Map<String, String> day2Before = snapshot(fs, new Path(table + DAY + "=2026-01-02"));
    assertThat(day1Before).isNotEmpty();
    assertThat(day2Before).isNotEmpty();

    write(spark, table, List.of(RowFactory.create(4, "dave", "2026-01-02")));

    assertThat(snapshot(fs, new Path(table + DAY + "=2026-01-01"))).isEqualTo(day1Before);
    Map<String, String> day2After = snapshot(fs, new Path(table + DAY + "=2026-01-02"));
    assertThat(day2After).isNotEmpty();
    assertThat(day2After.keySet()).doesNotContainAnyElementsOf(day2Before.keySet());

    Dataset<Row> back = spark.read().schema(SCHEMA).parquet(table);
    assertThat(back.schema()).isEqualTo(SCHEMA.asNullable());
    List<String> rows = new ArrayList<>();
    for (Row r : back.collectAsList()) {
      rows.add(r.getInt(0) + "|" + r.getString(1) + "|" + r.getString(2));
    }
    assertThat(rows)
        .containsExactlyInAnyOrder("1|alice|2026-01-01", "2|bob|2026-01-01", "4|dave|2026-01-02");
  }

  @Test
  void uploadDirectoryCopiesTheTree(@TempDir java.nio.file.Path local) throws IOException {
    Files.createDirectories(local.resolve("x/y"));
    Files.writeString(local.resolve("top.json"), "{}", UTF_8);
    Files.writeString(local.resolve("x/y/deep.gz"), "gz?", UTF_8);
    String bucket = "harness-upload";
    server.createBucket(bucket);
    Configuration conf = confFor(bucket);

    assertThat(server.uploadDirectory(local, bucket, "/in/", conf)).isEqualTo(2);

    URI root = URI.create("s3a://" + bucket + "/");
    try (FileSystem fs = FileSystem.newInstance(root, conf)) {
      assertThat(new String(readAll(fs, new Path(root.resolve("in/top.json"))), UTF_8))
          .isEqualTo("{}");
      assertThat(new String(readAll(fs, new Path(root.resolve("in/x/y/deep.gz"))), UTF_8))
          .isEqualTo("gz?");
    }
  }

  private Configuration confFor(String bucket) {
    Configuration conf = new Configuration();
    server.applyTo(conf, bucket);
    return conf;
  }

  private static void write(SparkSession spark, String table, List<Row> rows) {
    spark
        .createDataFrame(rows, SCHEMA)
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy(DAY)
        .parquet(table);
  }

  /** File name to "length@modification time" for every file under {@code dir}. */
  private static Map<String, String> snapshot(FileSystem fs, Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (FileStatus st : fs.listStatus(dir)) {
      if (st.isFile()) {
        files.put(st.getPath().getName(), st.getLen() + "@" + st.getModificationTime());
      }
    }
    return files;
  }

  private static void write(FileSystem fs, Path path, byte[] bytes) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(bytes);
    }
  }

  private static byte[] readAll(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      return in.readAllBytes();
    }
  }
}
