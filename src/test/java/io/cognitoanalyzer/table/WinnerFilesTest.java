package io.cognitoanalyzer.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Challenge;
import io.cognitoanalyzer.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fold's own Parquet files must read back exactly as Spark's writer would have written the same
 * rows: same Parquet schema and Spark footer, same values, including nulls, empty collections,
 * non-ASCII text and sub-second timestamps on both sides of the epoch.
 */
class WinnerFilesTest {
  @TempDir Path dir;

  private final SparkSession spark = SharedSpark.get();

  @Test
  void parquetSchemaAndFooterAreThoseOfSparksWriter() throws IOException {
    Path sparkFiles = dir.resolve("spark");
    spark.createDataFrame(List.of(), WinnerFileWriter.FILE_SCHEMA).coalesce(1).write().parquet(sparkFiles.toString());
    FileMetaData sparks = footer(parquetFiles(sparkFiles).get(0));

    Path ours = dir.resolve("ours");
    write(ours, DateWindow.ALL, Set.of(), event("e1", "2026-03-01T10:00:00.123456Z"));
    FileMetaData mine = footer(parquetFiles(ours).get(0));

    assertThat(mine.getSchema()).isEqualTo(sparks.getSchema());
    assertThat(mine.getKeyValueMetaData())
        .containsEntry(ParquetSchemas.SPARK_ROW_METADATA, sparks.getKeyValueMetaData().get(ParquetSchemas.SPARK_ROW_METADATA))
        .containsEntry(ParquetSchemas.SPARK_VERSION_METADATA, spark.version());
  }

  /**
   * Random-valued columns carry no min/max (no reader can skip a row group on them), all others
   * do; on Spark 3.5's parquet-mr, which cannot switch them off, every column keeps them.
   */
  @Test
  void minMaxStatisticsAreLeftOutOnlyForRandomColumns() throws IOException {
    ActivityEvent first = event("e1", "2026-03-01T10:00:00Z");
    ActivityEvent second = event("e2", "2026-03-01T11:00:00Z");
    for (ActivityEvent e : List.of(first, second)) {
      e.eventType = "SignIn";
      e.requestId = "r-" + e.eventId;
      e.userSub = "sub-" + e.eventId;
      e.userName = "user-" + e.eventId;
      e.ipAddress = "192.0.2." + e.eventId.length();
    }
    Path ours = dir.resolve("statistics");
    write(ours, DateWindow.ALL, Set.of(), first, second);
    assertThat(ParquetStatistics.switchable()).isEqualTo(spark.version().startsWith("4."));
    Map<String, Boolean> hasMinMax = new TreeMap<>();
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(parquetFiles(ours).get(0), new Configuration()))) {
      for (var column : reader.getFooter().getBlocks().get(0).getColumns()) {
        hasMinMax.put(column.getPath().toDotString(), column.getStatistics().hasNonNullValue());
      }
    }
    for (String column : ParquetStatistics.WITHOUT_MIN_MAX) {
      assertThat(hasMinMax).as(column).containsEntry(column, !ParquetStatistics.switchable());
    }
    assertThat(hasMinMax).containsEntry(Columns.EVENT_TYPE, true).containsEntry(Columns.SOURCE_FORMAT, true).containsEntry(Columns.RECORD_COUNT, true);
  }

  @Test
  void everyColumnReadsBackAsWritten() throws IOException {
    ActivityEvent full = event("full", "2026-03-01T23:59:59.999999Z");
    full.eventType = "SignIn";
    full.eventResponse = "Pass";
    full.riskDecision = "NoRisk";
    full.riskLevel = "Low";
    full.compromisedCredentials = false;
    full.challenges = List.of(new Challenge("Password", "Success"), new Challenge("Mfa", null));
    full.mfaResult = "Failure";
    full.userSub = "sub-1";
    full.userName = "Zoë";
    full.clientId = "client";
    full.idpName = "Google";
    full.ipAddress = "2001:db8::1";
    full.deviceName = "Chrome 125, Windows 10";
    full.deviceOs = "Windows";
    full.deviceBrowser = "Chrome";
    full.city = "São Paulo";
    full.country = "Brazil";
    full.countryCode = "BR";
    full.hasContextData = true;
    full.feedbackValue = "Valid";
    full.feedbackProvider = "Admin";
    full.feedbackTime = Instant.parse("1969-12-31T23:59:59.000001Z");
    full.requestId = "req";
    full.logVersion = "1";
    full.extraFields = new TreeMap<>(Map.of("newKey", "v", "nullValue", ""));
    full.extraFields.put("nullValue", null);
    ActivityEvent empty = event("empty", "1969-07-20T20:17:40.5Z");
    empty.challenges = List.of();
    empty.extraFields = new TreeMap<>();

    Path table = dir.resolve("table");
    write(table, DateWindow.ALL, Set.of(), full, empty, event("nulls", "2026-03-02T00:00:00Z"));

    Map<String, Row> rows = new TreeMap<>();
    for (Row r : spark.read().parquet(table.toString()).collectAsList()) {
      rows.put(r.getAs(Columns.EVENT_ID), r);
    }
    assertThat(rows.keySet()).containsExactly("empty", "full", "nulls");
    assertThat(values(rows.get("full")))
        .containsExactly(
            "full", Instant.parse("2026-03-01T23:59:59.999999Z"), "SignIn", "Pass", "NoRisk", "Low", false,
            List.of(RowFactory.create("Password", "Success"), RowFactory.create("Mfa", null)),
            "Failure", "sub-1", "Zoë", "client", "Google", "2001:db8::1", "Chrome 125, Windows 10", "Windows", "Chrome",
            "São Paulo", "Brazil", "BR", true, "Valid", "Admin", Instant.parse("1969-12-31T23:59:59.000001Z"), "req", "1",
            1, "vended_s3", "s3a://bucket/amazon_cognito/full.log.gz", Map.of("newKey", "v", "nullValue", "<null>"),
            "us-east-1_Pool", LocalDate.parse("2026-03-01"));
    Row e = rows.get("empty");
    assertThat(e.<Instant>getAs(Columns.EVENT_TIME)).isEqualTo(Instant.parse("1969-07-20T20:17:40.5Z"));
    assertThat(e.getList(e.fieldIndex(Columns.CHALLENGES))).isEmpty();
    assertThat(e.getJavaMap(e.fieldIndex(Columns.EXTRA_FIELDS))).isEmpty();
    Row n = rows.get("nulls");
    for (String column : List.of(Columns.CHALLENGES, Columns.EXTRA_FIELDS, Columns.FEEDBACK_TIME, Columns.COMPROMISED_CREDENTIALS, Columns.CITY)) {
      assertThat(n.isNullAt(n.fieldIndex(column))).as(column).isTrue();
    }
  }

  @Test
  void onlyPartitionsInsideTheScopeAreWritten() throws IOException {
    ActivityEvent other = event("p2", "2026-03-05T00:00:00Z");
    other.userPoolId = "eu-west-1_Other";
    Path table = dir.resolve("scoped");
    List<WinnerFiles.WrittenFile> files =
        write(
            table,
            new DateWindow(LocalDate.parse("2026-03-02"), null),
            Set.of("us-east-1_Pool"),
            event("early", "2026-03-01T00:00:00Z"),
            event("late", "2026-03-03T00:00:00Z"),
            other);
    assertThat(files).extracting(WinnerFiles.WrittenFile::partition).containsExactly("user_pool_id=us-east-1_Pool/event_date=2026-03-03");
    assertThat(spark.read().parquet(table.toString()).collectAsList()).extracting(r -> r.getAs(Columns.EVENT_ID)).containsExactly("late");
  }

  @Test
  void partitionDirectoriesEscapeAsSparkDoes() {
    assertThat(WinnerFiles.partition("a/b:c", 0)).isEqualTo("user_pool_id=a%2Fb%3Ac/event_date=1970-01-01");
  }

  @Test
  void codecNamesFollowSparksSetting() {
    assertThat(WinnerFiles.codec("snappy")).isEqualTo(CompressionCodecName.SNAPPY);
    assertThat(WinnerFiles.codec("none")).isEqualTo(CompressionCodecName.UNCOMPRESSED);
    assertThat(WinnerFiles.codec("ZSTD")).isEqualTo(CompressionCodecName.ZSTD);
    assertThatThrownBy(() -> WinnerFiles.codec("rar")).hasMessageContaining("spark.sql.parquet.compression.codec=rar");
  }

  /** Each event as its own group's winner, in table-partition order, written as one task would. */
  private List<WinnerFiles.WrittenFile> write(Path table, DateWindow window, Set<String> pools, ActivityEvent... events) throws IOException {
    ObjectIndex objects = ObjectIndex.of(Stream.of(events).map(e -> e.sourceObject).toList());
    List<byte[]> records = new ArrayList<>();
    for (ActivityEvent e : events) {
      records.add(ActivityRecord.encode(e, objects.number(e.sourceObject)));
    }
    ActivityFold.Folded folded = ActivityFold.fold(records.iterator());
    WinnerFiles.Settings settings =
        new WinnerFiles.Settings(new HadoopConf(new Configuration()), table.toString(), "run", CompressionCodecName.SNAPPY, spark.version(), window, pools);
    return WinnerFiles.write(folded.partitions(), settings, objects, 0, 0L);
  }

  private static ActivityEvent event(String id, String time) {
    ActivityEvent e = new ActivityEvent();
    e.userPoolId = "us-east-1_Pool";
    e.eventId = id;
    e.eventTime = Instant.parse(time);
    e.sourceFormat = "vended_s3";
    e.sourceObject = "s3a://bucket/amazon_cognito/" + id + ".log.gz";
    return e;
  }

  /** A row's values as plain Java values, with Spark's Scala collections and null map values made comparable. */
  private static List<Object> values(Row row) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      Object v = row.get(i);
      if (v instanceof scala.collection.Seq<?>) {
        v = row.getList(i);
      } else if (v instanceof scala.collection.Map<?, ?>) {
        Map<Object, Object> m = new TreeMap<>();
        row.getJavaMap(i).forEach((k, val) -> m.put(k, val == null ? "<null>" : val));
        v = m;
      }
      out.add(v);
    }
    return out;
  }

  private static List<org.apache.hadoop.fs.Path> parquetFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .map(p -> new org.apache.hadoop.fs.Path(p.toUri()))
          .toList();
    }
  }

  private static FileMetaData footer(org.apache.hadoop.fs.Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, new Configuration()))) {
      return reader.getFooter().getFileMetaData();
    }
  }

}
