package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.config.ReportConfig;
import io.cognitoanalyzer.report.ReportJob;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: table in, reports out. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Compute the reports from the table: Parquet and CSV per report, and index.html with charts.")
public final class ReportCommand implements Callable<Integer> {

  @Option(names = "--table", required = true, paramLabel = "URI", description = "The table's root location, as written by ingest.")
  String table;

  @Option(names = "--out", required = true, paramLabel = "URI", description = "Where the reports go; each report's folder and CSV file is replaced.")
  String out;

  @Mixin ScopeOptions scope;

  @Mixin SparkOptions spark;

  ReportConfig config() {
    return new ReportConfig(table, out, scope.window(), scope.poolSet());
  }

  @Override
  public Integer call() throws Exception {
    ReportConfig config = config();
    SparkSession session = spark.session("cognito-analyzer report");
    ReportJob.Result result = new ReportJob(session, System.err::println, Clock.systemUTC()).run(config);
    System.out.print(result.summary());
    return 0;
  }
}
