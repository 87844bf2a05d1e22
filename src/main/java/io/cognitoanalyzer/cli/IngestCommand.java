package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.config.IngestConfig;
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

/** {@code ingest}: archive in, table out. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Read Cognito log archives in every layout and write the partitioned Parquet table.")
public final class IngestCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, split = ",", paramLabel = "URI", description = "Archive locations: s3a://, s3://, file: or a path. Comma-separated or repeated.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--table", required = true, paramLabel = "URI", description = "The table's root location.")
  String table;

  @Mixin ScopeOptions scope;

  @Mixin SparkOptions spark;

  /** The validated config; IllegalArgumentException (exit 2) names the bad flag and value. */
  IngestConfig config() {
    return new IngestConfig(inputs, table, scope.window(), scope.poolSet());
  }

  @Override
  public Integer call() throws Exception {
    IngestConfig config = config();
    SparkSession session = spark.session("cognito-analyzer ingest");
    RunManifest manifest = new IngestJob(session, System.err::println, Clock.systemUTC()).run(config);
    System.out.print(manifest.summary());
    return 0;
  }
}
