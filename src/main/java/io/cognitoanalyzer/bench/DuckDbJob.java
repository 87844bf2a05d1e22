package io.cognitoanalyzer.bench;

import static io.cognitoanalyzer.table.Columns.EVENT_DATE;
import static io.cognitoanalyzer.table.Columns.EVENT_ID;
import static io.cognitoanalyzer.table.Columns.EVENT_RESPONSE;
import static io.cognitoanalyzer.table.Columns.EVENT_TIME;
import static io.cognitoanalyzer.table.Columns.USER_POOL_ID;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The DuckDB baseline: one {@code COPY (SELECT ... QUALIFY row_number() ...) TO ... (PARTITION_BY
 * ...)} statement over the archive's gzip NDJSON files, through JDBC on two threads. It does what
 * {@link NaiveSparkJob} does (flatten to snake_case, keep each event's final state, partition by
 * pool and UTC date), with the columns declared rather than sampled.
 *
 * <p>DuckDB is not a compile-time dependency: the driver is found through {@link DriverManager},
 * so only the {@code bench} Maven profile's classpath can run this class.
 *
 * <p>Usage: {@code DuckDbJob <input dir> <output dir>}; exit code 0 on success, 1 on failure, 2 on
 * bad arguments.
 */
public final class DuckDbJob {
  /** Threads DuckDB may use: the benchmark machine's cores. */
  static final int THREADS = 2;

  /** The native record's {@code message} fields, in record order; all strings but challenges. */
  static final List<String> MESSAGE_FIELDS =
      List.of(
          "version", "eventId", "eventType", "userSub", "userName", "userPoolId", "clientId",
          "creationDate", "eventResponse", "riskLevel", "riskDecision", "challenges", "deviceName",
          "ipAddress", "requestId", "idpName", "compromisedCredentialDetected", "city", "country",
          "eventFeedbackValue", "eventFeedbackDate", "eventFeedbackProvider", "hasContextData");

  private static final List<String> TOP_LEVEL_FIELDS = List.of("eventTimestamp", "eventSource", "logLevel");
  private static final String CHALLENGES = "challenges";

  private DuckDbJob() {}

  public static void main(String[] args) {
    BaselineMain.main("DuckDbJob", args, DuckDbJob::run);
  }

  static void run(String inputDir, String outputDir) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET threads=" + THREADS);
      statement.execute(copySql(inputDir, outputDir));
    }
  }

  /**
   * The COPY statement: every {@code *.log.gz} under {@code inputDir} (any depth) to a Hive-style
   * Parquet dataset under {@code outputDir}, one row per (user_pool_id, event_id).
   */
  static String copySql(String inputDir, String outputDir) {
    String glob = inputDir.replaceAll("/+$", "") + "/**/*.log.gz";
    String messageType =
        MESSAGE_FIELDS.stream()
            .map(f -> f + " " + (f.equals(CHALLENGES) ? "VARCHAR[]" : "VARCHAR"))
            .collect(Collectors.joining(", ", "STRUCT(", ")"));
    String columns =
        TOP_LEVEL_FIELDS.stream().map(f -> f + ": 'VARCHAR'").collect(Collectors.joining(", ", "{", ""))
            + ", message: '" + messageType + "'}";
    String select =
        TOP_LEVEL_FIELDS.stream().map(f -> f + " AS " + SnakeCase.of(f)).collect(Collectors.joining(", "))
            + ", "
            + MESSAGE_FIELDS.stream().map(f -> "message." + f + " AS " + SnakeCase.of(f)).collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "COPY ("
            + " WITH flat AS ("
            + "  SELECT %s, epoch_ms(TRY_CAST(eventTimestamp AS BIGINT)) AS %s"
            + "  FROM read_json(%s, format = 'newline_delimited', columns = %s))"
            + " SELECT *, CAST(%s AS DATE) AS %s FROM flat"
            + " QUALIFY row_number() OVER (PARTITION BY %s, %s"
            + "  ORDER BY (%s <> 'InProgress') DESC, %s DESC NULLS LAST) = 1"
            + ") TO %s (FORMAT parquet, PARTITION_BY (%s, %s), OVERWRITE_OR_IGNORE)",
        select, EVENT_TIME,
        literal(glob), columns,
        EVENT_TIME, EVENT_DATE,
        USER_POOL_ID, EVENT_ID,
        EVENT_RESPONSE, EVENT_TIME,
        literal(outputDir), USER_POOL_ID, EVENT_DATE);
  }

  /** A SQL string literal. */
  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
