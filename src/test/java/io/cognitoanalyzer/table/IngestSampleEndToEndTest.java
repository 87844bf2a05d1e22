package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.IngestConfig;
import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.sample.SampleLayouts;
import io.cognitoanalyzer.sample.SampleSummary;
import io.cognitoanalyzer.testing.S3TestServer;
import io.cognitoanalyzer.testing.SharedSpark;
import io.cognitoanalyzer.testing.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ingest over a generated sample holding all five layouts, locally and through S3A. */
class IngestSampleEndToEndTest {
  @TempDir static Path tmp;
  static Path archive;
  static SampleSummary sample;
  static String table;
  static RunManifest manifest;

  @BeforeAll
  static void ingestSample() throws IOException {
    archive = tmp.resolve("archive");
    sample = SampleArchive.write(archive, 300, 11L);
    table = tmp.resolve("table").toUri().toString();
    manifest = Tables.ingest(archive.toUri().toString(), table);
  }

  @Test
  void everyGeneratedEventBecomesExactlyOneRow() {
    Dataset<Row> rows = Tables.activity(table);
    assertThat(rows.count()).isEqualTo(sample.activityEvents());
    assertThat(rows.select(USER_POOL_ID, EVENT_ID).distinct().count()).isEqualTo(sample.activityEvents());
    assertThat(Tables.notifications(table).count()).isEqualTo(sample.distinctNotifications());
  }

  @Test
  void everyRawRecordIsAccountedFor() {
    // The records before the cut of the truncated object are read too: exact duplicates.
    assertThat(manifest.activityRecords()).isEqualTo(sample.activityRecords() + SampleArchive.TRUNCATED_GZIP_WHOLE_RECORDS);
    assertThat(manifest.notificationRecords()).isEqualTo(sample.notificationRecords());
    assertThat(manifest.recordsRead())
        .isEqualTo(manifest.activityRecords() + manifest.notificationRecords() + manifest.quarantinedRecords());
    assertThat(manifest.exactDuplicatesDropped() + manifest.statesFolded())
        .isEqualTo(manifest.activityRecords() - sample.activityEvents());
    assertThat(manifest.notificationDuplicatesDropped()).isEqualTo(sample.notificationRecords() - sample.distinctNotifications());
  }

  @Test
  void quarantineHoldsExactlyTheMalformedInputWithItsReasons() {
    Map<String, Long> byReason =
        Tables.quarantine(table).groupBy(REASON).count().collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    assertThat(new TreeMap<>(byReason)).isEqualTo(new TreeMap<>(sample.malformedByReason()));
    assertThat(manifest.quarantinedByReason()).isEqualTo(new TreeMap<>(sample.malformedByReason()));
  }

  @Test
  void allFiveLayoutsContributeRows() {
    List<String> formats =
        Tables.activity(table).select(SOURCE_FORMAT).distinct().collectAsList().stream().map(r -> r.getString(0)).toList();
    assertThat(formats).containsExactlyInAnyOrderElementsOf(SampleLayouts.ALL);
    assertThat(manifest.inputsRead().markersSkipped()).isEqualTo(1);
  }

  @Test
  void windowAndPoolFiltersMatchFilteringTheFullTableAndSkipObjectsByKeyDate() throws IOException {
    Dataset<Row> full = Tables.activity(table);
    String pool = full.select(USER_POOL_ID).distinct().orderBy(USER_POOL_ID).first().getString(0);
    List<LocalDate> dates =
        full.select(EVENT_DATE).distinct().orderBy(EVENT_DATE).collectAsList().stream().map(r -> (LocalDate) r.get(0)).toList();
    LocalDate from = dates.get(dates.size() / 2);
    LocalDate to = from.plusDays(1);

    String filteredTable = tmp.resolve("filtered").toUri().toString();
    RunManifest m =
        Tables.ingest(new IngestConfig(List.of(archive.toUri().toString()), filteredTable, new DateWindow(from, to), Set.of(pool)));
    Dataset<Row> expected =
        full.where(col(USER_POOL_ID).equalTo(pool).and(col(EVENT_DATE).between(from, to)));
    assertThat(Tables.sortedRows(Tables.activity(filteredTable).drop(RECORD_COUNT)))
        .isEqualTo(Tables.sortedRows(expected.drop(RECORD_COUNT)));
    assertThat(m.inputsRead().outsideWindow()).isPositive();
    assertThat(m.activityEventsOutsideFilter()).isPositive();
  }

  @Test
  void rerunningOneDayRewritesOnlyThatDaysPartitions() throws IOException {
    Path copy = tmp.resolve("rerun-table");
    String copyUri = copy.toUri().toString();
    Tables.ingest(archive.toUri().toString(), copyUri);
    List<String> before = Tables.sortedRows(Tables.activity(copyUri).drop(RECORD_COUNT));
    Path activityDir = copy.resolve(TableSchemas.USER_ACTIVITY_TABLE);
    Map<String, Long> filesBefore = files(activityDir);
    LocalDate day = (LocalDate) Tables.activity(copyUri).select(EVENT_DATE).orderBy(EVENT_DATE).first().get(0);

    Tables.ingest(new IngestConfig(List.of(archive.toUri().toString()), copyUri, new DateWindow(day, day), Set.of()));

    Map<String, Long> filesAfter = files(activityDir);
    String dayDir = "event_date=" + day;
    filesBefore.forEach(
        (file, modified) -> {
          if (!file.contains(dayDir)) {
            assertThat(filesAfter).containsEntry(file, modified);
          }
        });
    assertThat(filesAfter.keySet().stream().filter(f -> f.contains(dayDir)))
        .isNotEmpty()
        .doesNotContainAnyElementsOf(filesBefore.keySet());
    // Re-running a day from the same archive reproduces every row. Only record_count may be lower:
    // copies delivered more than a day late sit in objects the window does not read.
    assertThat(Tables.sortedRows(Tables.activity(copyUri).drop(RECORD_COUNT))).containsExactlyInAnyOrderElementsOf(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3a", "s3"})
  void sameResultThroughS3(String scheme) {
    S3TestServer s3 = S3TestServer.shared();
    String bucket = "sample-" + scheme;
    s3.createBucket(bucket);
    s3.applyTo(SharedSpark.get().sparkContext().hadoopConfiguration(), bucket);
    s3.uploadDirectory(archive, bucket, "amazon_cognito", SharedSpark.get().sparkContext().hadoopConfiguration());
    String s3Table = scheme + "://" + bucket + "/table";
    RunManifest m = Tables.ingest(scheme + "://" + bucket + "/amazon_cognito/", s3Table);

    assertThat(m.rowsWritten()).isEqualTo(manifest.rowsWritten());
    assertThat(m.quarantinedByReason()).isEqualTo(manifest.quarantinedByReason());
    // Identical rows apart from where the records were found.
    assertThat(Tables.sortedRows(Tables.activity(s3Table).drop(SOURCE_OBJECT)))
        .isEqualTo(Tables.sortedRows(Tables.activity(table).drop(SOURCE_OBJECT)));
    assertThat(Tables.activity(s3Table).where(col(SOURCE_OBJECT).startsWith(scheme + "://" + bucket + "/amazon_cognito/")).count())
        .isEqualTo(sample.activityEvents());
    assertThat(Tables.sortedRows(Tables.notifications(s3Table).drop(SOURCE_OBJECT)))
        .isEqualTo(Tables.sortedRows(Tables.notifications(table).drop(SOURCE_OBJECT)));
  }

  private static Map<String, Long> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> p.toFile().lastModified()));
    }
  }
}
