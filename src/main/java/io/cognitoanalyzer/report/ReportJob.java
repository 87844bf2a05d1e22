package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.table.Columns.*;

import io.cognitoanalyzer.config.ReportConfig;
import io.cognitoanalyzer.spark.JobProgress;
import io.cognitoanalyzer.table.TableReader;
import io.cognitoanalyzer.table.ToolVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The report run: read the table's partitions in range, compute every {@link Report}, write each
 * as Parquet ({@code <out>/<name>/}) and CSV ({@code <out>/<name>.csv}), then {@code index.html}.
 * The definitions are pure ({@link ReportDefinitions}); the I/O is here.
 */
public final class ReportJob {
  public static final String PAGE = "index.html";

  /** The user_activity columns any report reads; the rest are never loaded. */
  static final String[] ACTIVITY_COLUMNS = {
    USER_POOL_ID, EVENT_DATE, EVENT_TIME, EVENT_TYPE, EVENT_RESPONSE, RISK_DECISION, RISK_LEVEL,
    COMPROMISED_CREDENTIALS, MFA_RESULT, USER_SUB, USER_NAME, CLIENT_ID, IP_ADDRESS, DEVICE_OS,
    DEVICE_BROWSER, COUNTRY, COUNTRY_CODE
  };

  private final SparkSession spark;
  private final Clock clock;
  private final Consumer<String> lines;

  public ReportJob(SparkSession spark, Consumer<String> progress, Clock clock) {
    this.spark = spark;
    this.clock = clock;
    this.lines = progress;
  }

  /** What a run wrote: rows per report and the page's location. */
  public record Result(String out, Map<Report, Long> rows, String page) {
    public String summary() {
      StringBuilder s = new StringBuilder();
      rows.forEach((report, n) -> s.append(String.format(Locale.ROOT, "report %-22s %,12d rows%n", report.reportName(), n)));
      s.append("reports: ").append(out).append(System.lineSeparator());
      s.append("html: ").append(page).append(System.lineSeparator());
      return s.toString();
    }
  }

  public Result run(ReportConfig config) throws IOException {
    JobProgress progress = new JobProgress(spark, this.lines);
    String out = config.out().replaceAll("/+$", "");
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    TableReader table = new TableReader(spark, config.table());
    table.requireTable();
    Dataset<Row> activity =
        table.activity(config.window(), config.pools())
            .select(java.util.Arrays.stream(ACTIVITY_COLUMNS).map(functions::col).toArray(Column[]::new))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> notifications = table.notifications(config.window(), config.pools());
    ReportInputs inputs = new ReportInputs(activity, notifications);
    Map<Report, Dataset<Row>> results = new EnumMap<>(Report.class);
    try {
      Map<Report, Long> rows = new EnumMap<>(Report.class);
      for (Report report : Report.values()) {
        String location = out + "/" + report.reportName();
        progress.describe("report: %s", report.reportName());
        // Kept until the page is built: the Parquet file, the CSV file and the charts read it.
        Dataset<Row> result = report.compute(inputs).persist(StorageLevel.MEMORY_AND_DISK());
        results.put(report, result);
        // One file per report: reports are small, and one file is what a spreadsheet user expects.
        result.coalesce(1).write().mode(SaveMode.Overwrite).parquet(location);
        progress.describe("report: %s.csv", report.reportName());
        Iterator<Row> sorted = result.orderBy(report.order().stream().map(functions::col).toArray(Column[]::new)).toLocalIterator();
        AtomicLong count = new AtomicLong();
        CsvReportWriter.write(conf, new Path(location + ".csv"), report.schema(), counting(sorted, count));
        rows.put(report, count.get());
        progress.stage("report %s: %,d rows", report.reportName(), count.get());
      }
      progress.describe("report: %s", PAGE);
      String html = ReportPage.build(results, activity, "Cognito sign-in report", scope(config));
      Path page = new Path(out + "/" + PAGE);
      try (OutputStream stream = OutputFiles.create(conf, page)) {
        stream.write(html.getBytes(StandardCharsets.UTF_8));
      }
      progress.stage("wrote %s (%,d bytes)", page, html.getBytes(StandardCharsets.UTF_8).length);
      return new Result(out, rows, page.toString());
    } finally {
      results.values().forEach(Dataset::unpersist);
      activity.unpersist();
      progress.done();
    }
  }

  private String scope(ReportConfig config) {
    String from = config.window().from() == null ? "the first day" : config.window().from().toString();
    String to = config.window().to() == null ? "the last day" : config.window().to().toString();
    String pools = config.pools().isEmpty() ? "all pools" : "pools " + String.join(", ", config.pools().stream().sorted().toList());
    return String.format(Locale.ROOT, "Events from %s to %s (UTC), %s, in %s. Generated %s by cognito-analyzer %s.", from, to, pools, config.table(), clock.instant(), ToolVersion.get());
  }

  private static Iterator<Row> counting(Iterator<Row> rows, AtomicLong count) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        count.incrementAndGet();
        return rows.next();
      }
    };
  }


}
