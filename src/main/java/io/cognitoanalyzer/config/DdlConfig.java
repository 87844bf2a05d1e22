package io.cognitoanalyzer.config;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the {@code ddl} command prints, validated when built.
 *
 * @param dialect the SQL dialect
 * @param root the table's root location as given with --table
 * @param database the database to create the tables in; null leaves the names unqualified
 * @param poolProjection how Athena finds user_pool_id values (Athena only)
 * @param pools the user pool ids an {@code enum} projection lists
 * @param projectionStart the first event_date Athena projects (Athena only)
 */
public record DdlConfig(
    Dialect dialect, String root, String database, PoolProjection poolProjection, List<String> pools, LocalDate projectionStart) {

  /**
   * Early enough for any archive: Cognito's advanced security features, which write these logs,
   * date from 2017. Projected days without data hold no files and return nothing; a narrower range
   * only saves Athena work on queries that do not restrict event_date.
   */
  public static final String DEFAULT_PROJECTION_START_TEXT = "2017-01-01";

  public static final LocalDate DEFAULT_PROJECTION_START = LocalDate.parse(DEFAULT_PROJECTION_START_TEXT);

  /** The SQL dialects the command prints. */
  public enum Dialect {
    ATHENA,
    SPARK;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Dialect parse(String value) {
      return parseEnum(Dialect.class, "--dialect", value);
    }
  }

  /**
   * How Athena's partition projection finds user pools: {@code injected} takes the pool from each
   * query's WHERE clause; {@code enum} lists the pools in the table's properties.
   */
  public enum PoolProjection {
    INJECTED,
    ENUM;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static PoolProjection parse(String value) {
      return parseEnum(PoolProjection.class, "--pool-projection", value);
    }
  }

  public DdlConfig {
    if (dialect == null) {
      throw new IllegalArgumentException("--dialect must be set");
    }
    if (root == null || root.isBlank()) {
      throw new IllegalArgumentException("--table must name a location, got '" + root + "'");
    }
    // The location is printed inside a SQL string literal, whose escaping differs between engines.
    if (root.contains("'") || root.contains("\\")) {
      throw new IllegalArgumentException("--table must not contain ' or \\, got '" + root + "'");
    }
    if (database != null && !database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "--database must be lower-case letters, digits and _ (Athena's rule), got '" + database + "'");
    }
    poolProjection = poolProjection == null ? PoolProjection.INJECTED : poolProjection;
    pools = pools == null ? List.of() : List.copyOf(pools);
    for (String pool : pools) {
      if (!pool.matches("[A-Za-z0-9_-]+")) {
        throw new IllegalArgumentException("--pools has an invalid user pool id '" + pool + "'");
      }
    }
    if (dialect == Dialect.ATHENA) {
      if (!root.matches("(?i)s3[an]?://[^/]+.*")) {
        throw new IllegalArgumentException(
            "--table must be an s3:// or s3a:// location for --dialect athena (Athena reads only S3), got '" + root + "'");
      }
      if (poolProjection == PoolProjection.ENUM && pools.isEmpty()) {
        throw new IllegalArgumentException("--pool-projection enum needs the pool ids in --pools, got none");
      }
      if (poolProjection == PoolProjection.INJECTED && !pools.isEmpty()) {
        throw new IllegalArgumentException("--pools is only used with --pool-projection enum, got --pools " + String.join(",", pools));
      }
      projectionStart = projectionStart == null ? DEFAULT_PROJECTION_START : projectionStart;
    } else {
      if (!pools.isEmpty() || poolProjection != PoolProjection.INJECTED || projectionStart != null) {
        throw new IllegalArgumentException(
            "--pools, --pool-projection and --projection-start apply to --dialect athena only, got --dialect " + dialect.wireName());
      }
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String flag, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(value == null ? null : value.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(flag + " must be one of " + allowed + ", got '" + value + "'");
  }
}
