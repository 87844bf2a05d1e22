package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.ReportConfig;
import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.table.TableReader;
import io.cognitoanalyzer.testing.BrowserTests;
import io.cognitoanalyzer.testing.HeadlessChromium;
import io.cognitoanalyzer.testing.SharedSpark;
import io.cognitoanalyzer.testing.Tables;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.SparkPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reports over an ingested sample: consistency with the table, filters, partition pruning. */
class ReportSampleEndToEndTest {
  @TempDir static Path tmp;
  static String table;
  static Path fullOut;
  static long activityRows;
  static long notificationRows;
  static String pool;
  static LocalDate from;
  static LocalDate to;

  @BeforeAll
  static void ingestAndReport() throws IOException {
    Path archive = tmp.resolve("archive");
    SampleArchive.write(archive, 600, 23L);
    table = tmp.resolve("table").toUri().toString();
    Tables.ingest(archive.toUri().toString(), table);
    activityRows = Tables.activity(table).count();
    notificationRows = Tables.notifications(table).count();
    fullOut = tmp.resolve("full");
    report(fullOut, DateWindow.ALL, Set.of());
    List<Row> days = Tables.activity(table).select(EVENT_DATE).distinct().orderBy(EVENT_DATE).collectAsList();
    from = days.get(1).getAs(EVENT_DATE);
    to = days.get(3).getAs(EVENT_DATE);
    pool = Tables.activity(table).select(USER_POOL_ID).distinct().orderBy(USER_POOL_ID).first().getAs(USER_POOL_ID);
  }

  static ReportJob.Result report(Path out, DateWindow window, Set<String> pools) throws IOException {
    return new ReportJob(SharedSpark.get(), line -> {}, Clock.systemUTC())
        .run(new ReportConfig(table, out.toUri().toString(), window, pools));
  }

  static Dataset<Row> read(Path out, Report report) {
    return SharedSpark.get().read().schema(report.schema()).parquet(out.resolve(report.reportName()).toString());
  }

  static long total(Path out, Report report, String column) {
    return read(out, report).agg(sum(column)).first().getLong(0);
  }

  @Test
  void everyActivityRowIsCountedOnceInEachBreakdown() {
    assertThat(activityRows).isGreaterThan(500);
    assertThat(total(fullOut, Report.RISK_DECISIONS, EVENTS)).isEqualTo(activityRows);
    assertThat(total(fullOut, Report.FAILURE_RATES, ATTEMPTS)).isEqualTo(activityRows);
    assertThat(total(fullOut, Report.DEVICES, EVENTS)).isEqualTo(activityRows);
    assertThat(total(fullOut, Report.GEOGRAPHY, EVENTS)).isEqualTo(activityRows);
    assertThat(total(fullOut, Report.POOL_SUMMARY, EVENTS)).isEqualTo(activityRows);
    assertThat(total(fullOut, Report.HOURLY_ACTIVITY, EVENTS)).isEqualTo(activityRows);
    assertThat(total(fullOut, Report.NOTIFICATION_FAILURES, ERRORS)).isEqualTo(notificationRows).isPositive();
    assertThat(total(fullOut, Report.POOL_SUMMARY, DELIVERY_ERRORS)).isEqualTo(notificationRows);
  }

  @ParameterizedTest
  @EnumSource(Report.class)
  void csvHoldsTheSameRowsAsParquet(Report report) throws IOException {
    List<String> lines = Files.readAllLines(fullOut.resolve(report.reportName() + ".csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(String.join(",", report.schema().fieldNames()));
    assertThat((long) lines.size() - 1).isEqualTo(read(fullOut, report).count());
  }

  @Test
  void theReportFolderHoldsTheFilesPeopleOpenAndNoChecksumFiles() throws IOException {
    try (Stream<Path> files = Files.list(fullOut)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      assertThat(names).contains(ReportJob.PAGE).noneMatch(n -> n.endsWith(".crc"));
      for (Report report : Report.values()) {
        assertThat(names).contains(report.reportName(), report.reportName() + ".csv");
      }
    }
  }

  /** Reports keyed by pool and date: a filtered run equals the full report filtered afterwards. */
  @Test
  void datesAndPoolsGiveTheSameNumbersAsFilteringTheFullReport() throws IOException {
    Path filtered = tmp.resolve("window");
    report(filtered, new DateWindow(from, to), Set.of(pool));
    Column keep = col(USER_POOL_ID).equalTo(pool).and(col(EVENT_DATE).between(from, to));
    for (Report report : List.of(Report.RISK_DECISIONS, Report.FAILURE_RATES, Report.NOTIFICATION_FAILURES, Report.HOURLY_ACTIVITY)) {
      List<String> expected = Tables.sortedRows(read(fullOut, report).where(keep));
      assertThat(expected).as(report.reportName()).isNotEmpty();
      assertThat(Tables.sortedRows(read(filtered, report))).as(report.reportName()).isEqualTo(expected);
    }
  }

  /** Reports over all dates: a pool filter equals the full report filtered by pool. */
  @Test
  void poolsGiveTheSameNumbersAsFilteringTheFullReport() throws IOException {
    Path filtered = tmp.resolve("pool");
    report(filtered, DateWindow.ALL, Set.of(pool));
    for (Report report : Report.values()) {
      List<String> expected = Tables.sortedRows(read(fullOut, report).where(col(USER_POOL_ID).equalTo(pool)));
      assertThat(expected).as(report.reportName()).isNotEmpty();
      assertThat(Tables.sortedRows(read(filtered, report))).as(report.reportName()).isEqualTo(expected);
    }
  }

  @Test
  void onlyThePartitionsInRangeAreRead() throws IOException {
    TableReader reader = new TableReader(SharedSpark.get(), table);
    Dataset<Row> some = reader.activity(new DateWindow(from, to), Set.of(pool));
    SparkPlan plan = some.queryExecution().executedPlan();
    assertThat(plan.toString()).containsPattern("PartitionFilters: \\[[^\\]]*event_date");
    some.collectAsList();
    // The scan's own count of the files it listed and read, set when the partitions were pruned.
    SparkPlan scan = plan.collectLeaves().head();
    long filesRead = scan.metrics().apply("numFiles").value();
    long filesInRange;
    try (Stream<Path> files = Files.walk(Path.of(java.net.URI.create(table)).resolve("user_activity/user_pool_id=" + pool))) {
      filesInRange =
          files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
              .filter(f -> LocalDate.parse(f.getParent().getFileName().toString().replace("event_date=", "")).compareTo(from) >= 0)
              .filter(f -> LocalDate.parse(f.getParent().getFileName().toString().replace("event_date=", "")).compareTo(to) <= 0)
              .count();
    }
    assertThat(filesRead).isPositive().isEqualTo(filesInRange);
    assertThat(filesRead).isLessThan(reader.activity(DateWindow.ALL, Set.of()).inputFiles().length);
  }

  @Test
  void thePageRendersEveryChartInAHeadlessBrowserWithoutConsoleMessages() throws Exception {
    HeadlessChromium chromium = BrowserTests.chromiumOrAbort();
    Path page = fullOut.resolve(ReportJob.PAGE);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    // Self-contained: nothing is fetched; the only URL is the SVG namespace, which is a name, not a fetch.
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//").doesNotContain("<script").doesNotContain("<link");
    assertThat(html.split("<svg ", -1)).hasSize(6);
    Path screenshot = BrowserTests.artifacts().resolve("report-page.png");
    HeadlessChromium.PageLoad load = chromium.load(page, screenshot, 1100, 7000, tmp.resolve("chromium"));
    assertThat(load.consoleMessages()).isEmpty();
    // The charts are drawn: the first series colour fills many pixels (lines and bars), the second some.
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(pixels(image, 0x1f77b4)).isGreaterThan(20_000);
    assertThat(pixels(image, 0xd62728)).isGreaterThan(500);
  }

  private static long pixels(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
