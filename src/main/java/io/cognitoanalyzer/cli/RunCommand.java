package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.config.IngestConfig;
import io.cognitoanalyzer.config.ReportConfig;
import io.cognitoanalyzer.report.ReportJob;
import io.cognitoanalyzer.table.IngestJob;
import io.cognitoanalyzer.table.RunManifest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: ingest, then report over the same dates and pools. The job a scheduler calls. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Ingest the archive into the table, then compute the reports over the same dates and pools.")
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, split = ",", paramLabel = "URI", description = "Archive locations: s3a://, s3://, file: or a path. Comma-separated or repeated.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--table", required = true, paramLabel = "URI", description = "The table's root location.")
  String table;

  @Option(names = "--out", required = true, paramLabel = "URI", description = "Where the reports go.")
  String out;

  @Mixin ScopeOptions scope;

  @Mixin SparkOptions spark;

  IngestConfig ingestConfig() {
    return new IngestConfig(inputs, table, scope.window(), scope.poolSet());
  }

  ReportConfig reportConfig() {
    return new ReportConfig(table, out, scope.window(), scope.poolSet());
  }

  @Override
  public Integer call() throws Exception {
    // Both configs are validated before any work starts, so a bad --out fails in a second, not after the ingest.
    IngestConfig ingest = ingestConfig();
    ReportConfig report = reportConfig();
    SparkSession session = spark.session("cognito-analyzer run");
    RunManifest manifest = new IngestJob(session, System.err::println, Clock.systemUTC()).run(ingest);
    System.out.print(manifest.summary());
    ReportJob.Result result = new ReportJob(session, System.err::println, Clock.systemUTC()).run(report);
    System.out.print(result.summary());
    return 0;
  }
}
