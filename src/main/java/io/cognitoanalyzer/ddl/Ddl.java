package io.cognitoanalyzer.ddl;

import io.cognitoanalyzer.config.DdlConfig;
import java.util.List;

/** The CREATE statements for a set of tables, in the dialect the config names. */
public final class Ddl {
  private Ddl() {}

  /** One SQL statement per element, without the terminating semicolon. */
  public static List<String> statements(DdlConfig config, List<TableDefinition> tables) {
    return switch (config.dialect()) {
      case ATHENA -> AthenaDdl.statements(config, tables);
      case SPARK -> SparkDdl.statements(config, tables);
    };
  }

  /** The statements as a script: each ends with a semicolon and a blank line follows it. */
  public static String script(List<String> statements) {
    StringBuilder out = new StringBuilder();
    for (String statement : statements) {
      out.append(statement).append(";\n\n");
    }
    return out.toString();
  }
}
