package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.IngestConfig;
import io.cognitoanalyzer.config.ReportConfig;
import io.cognitoanalyzer.report.ReportJob;
import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.table.IngestJob;
import io.cognitoanalyzer.table.RunManifest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo}: the whole product on an embedded sample, with nothing to configure. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Write a sample archive under target/, ingest it, build the reports and print the HTML page's path.")
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--dir", defaultValue = "target/demo", paramLabel = "DIR", description = "Working directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--events", defaultValue = "2000", paramLabel = "N", description = "Authentication events in the sample (default: ${DEFAULT-VALUE}).")
  int events;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() throws Exception {
    Path archive = dir.resolve("archive").toAbsolutePath();
    Path table = dir.resolve("table").toAbsolutePath();
    SampleArchive.write(archive, events, 42L);
    System.err.println("sample archive: " + archive);
    SparkSession session = spark.session("cognito-analyzer demo");
    IngestConfig config = new IngestConfig(List.of(archive.toUri().toString()), table.toUri().toString(), DateWindow.ALL, Set.of());
    RunManifest manifest = new IngestJob(session, System.err::println, Clock.systemUTC()).run(config);
    System.out.print(manifest.summary());
    System.out.println("table: " + table);
    Path reports = dir.resolve("reports").toAbsolutePath();
    ReportConfig reportConfig = new ReportConfig(table.toUri().toString(), reports.toUri().toString(), DateWindow.ALL, Set.of());
    ReportJob.Result result = new ReportJob(session, System.err::println, Clock.systemUTC()).run(reportConfig);
    System.out.print(result.summary());
    // The last line is the page to open, as a plain path that a terminal can click.
    System.out.println("open: " + reports.resolve(ReportJob.PAGE));
    return 0;
  }
}
