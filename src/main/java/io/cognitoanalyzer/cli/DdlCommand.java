package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.config.DdlConfig;
import io.cognitoanalyzer.ddl.Ddl;
import io.cognitoanalyzer.ddl.TableDefinitions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ddl}: the CREATE statements that make the table queryable from SQL engines. */
@Command(
    name = "ddl",
    mixinStandardHelpOptions = true,
    description = {
      "Print CREATE TABLE statements for user_activity, user_notification and quarantine under --table"
          + " (and the reports under --reports),"
          + " generated from the schemas the job writes with.",
      "Athena: partition projection (no MSCK REPAIR needed for the pool/date tables); s3a:// is printed as s3://.",
      "Spark: CREATE TABLE ... USING parquet, then MSCK REPAIR TABLE (run it again after each ingest)."
    })
public final class DdlCommand implements Callable<Integer> {

  @Option(names = "--table", required = true, paramLabel = "URI", description = "The table's root location, as given to ingest.")
  String table;

  @Option(names = "--reports", paramLabel = "URI", description = "Also print the report tables written under this location (the --out of report or run).")
  String reports;

  @Option(names = "--dialect", defaultValue = "athena", paramLabel = "athena|spark", description = "SQL dialect (default: ${DEFAULT-VALUE}).")
  String dialect;

  @Option(names = "--database", paramLabel = "NAME", description = "Create the tables in this database (created if missing). Default: unqualified names.")
  String database;

  @Option(
      names = "--pool-projection",
      defaultValue = "injected",
      paramLabel = "injected|enum",
      description = "Athena: how user_pool_id is projected. injected: every query names its pools (WHERE user_pool_id = ...);"
          + " enum: the pools listed in --pools (default: ${DEFAULT-VALUE}).")
  String poolProjection;

  @Option(names = "--pools", split = ",", paramLabel = "POOL", description = "Athena with --pool-projection enum: the user pool ids to list.")
  List<String> pools = new ArrayList<>();

  @Option(
      names = "--projection-start",
      paramLabel = "YYYY-MM-DD",
      description = "Athena: the first event_date projected; the range ends today (default: " + DdlConfig.DEFAULT_PROJECTION_START_TEXT + ").")
  LocalDate projectionStart;

  @Spec CommandSpec spec;

  /** The validated config; IllegalArgumentException (exit 2) names the bad flag and value. */
  DdlConfig config() {
    return new DdlConfig(
        DdlConfig.Dialect.parse(dialect), table, database, DdlConfig.PoolProjection.parse(poolProjection), pools, projectionStart);
  }

  @Override
  public Integer call() {
    DdlConfig config = config();
    PrintWriter out = spec.commandLine().getOut();
    List<String> statements = new ArrayList<>(Ddl.statements(config, TableDefinitions.INGESTED));
    if (reports != null) {
      DdlConfig reportsConfig =
          new DdlConfig(config.dialect(), reports, config.database(), config.poolProjection(), config.pools(), config.projectionStart());
      // The database statement, if any, is already printed once.
      Ddl.statements(reportsConfig, TableDefinitions.REPORTS).stream().filter(s -> !statements.contains(s)).forEach(statements::add);
    }
    out.print(Ddl.script(statements));
    out.flush();
    return 0;
  }
}
