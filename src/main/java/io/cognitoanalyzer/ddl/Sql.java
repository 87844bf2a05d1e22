package io.cognitoanalyzer.ddl;

import java.util.List;

/** Quoting shared by the dialects. Names are checked rather than escaped: ours are all plain. */
final class Sql {
  private Sql() {}

  /** A name both Hive and Spark accept unquoted inside types and quoted with backticks elsewhere. */
  static String checkedName(String name) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain SQL name: '" + name + "'");
    }
    return name;
  }

  /** {@code `name`}. */
  /** {@code CREATE DATABASE IF NOT EXISTS}, or nothing when tables go in the current database. */
  static List<String> createDatabase(String database) {
    return database == null ? List.of() : List.of("CREATE DATABASE IF NOT EXISTS " + quoted(database));
  }

  static String quoted(String name) {
    return "`" + checkedName(name) + "`";
  }

  /** {@code `database`.`table`}, or {@code `table`} without a database. */
  static String tableName(String database, String table) {
    return database == null ? quoted(table) : quoted(database) + "." + quoted(table);
  }

  /**
   * {@code 'text'}. Quotes and backslashes are refused: Spark and Hive escape them differently,
   * and no location or property we print needs them.
   */
  static String literal(String text) {
    if (text.contains("'") || text.contains("\\")) {
      throw new IllegalArgumentException("cannot print ' or \\ in a SQL string, got '" + text + "'");
    }
    return "'" + text + "'";
  }
}
