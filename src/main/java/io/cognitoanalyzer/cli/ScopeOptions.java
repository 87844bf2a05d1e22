package io.cognitoanalyzer.cli;

import io.cognitoanalyzer.config.DateWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The dates and pools a command works on; ingest, report and run share them. */
public final class ScopeOptions {

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date (UTC). Default: no lower bound.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date (UTC), inclusive. Default: no upper bound.")
  LocalDate to;

  @Option(names = "--pools", split = ",", paramLabel = "POOL", description = "User pool ids. Default: all.")
  List<String> pools = new ArrayList<>();

  /** The validated window; IllegalArgumentException (exit 2) names both dates when reversed. */
  DateWindow window() {
    return new DateWindow(from, to);
  }

  Set<String> poolSet() {
    return new LinkedHashSet<>(pools);
  }
}
