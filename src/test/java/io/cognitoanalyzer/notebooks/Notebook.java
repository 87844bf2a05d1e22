package io.cognitoanalyzer.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A notebook under notebooks/, split the way notebooks/README.md describes: the first code cell
 * sets {@code TABLE} and registers the views; every other code cell is one SQL statement written
 * as {@code spark.sql("""...""")}, optionally followed by {@code .show(...)}.
 *
 * @param file the .ipynb file
 * @param tree the parsed notebook
 * @param setup the source of the first code cell
 * @param sql the SQL of every other code cell, in order
 */
record Notebook(Path file, JsonNode tree, String setup, List<String> sql) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SQL_CELL =
      Pattern.compile("spark\\.sql\\(\"\"\"\\n(.*?)\\n\"\"\"\\)(\\.show\\([^()]*\\))?\\s*", Pattern.DOTALL);

  static Path root() {
    return Path.of(System.getProperty("project.basedir", ".")).resolve("notebooks");
  }

  static List<Path> files() {
    try (Stream<Path> files = Files.list(root())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and splits {@code file}; a cell that follows neither form fails, naming the cell. */
  static Notebook read(Path file) {
    JsonNode tree;
    try {
      tree = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file + ": " + e.getMessage(), e);
    }
    String setup = null;
    List<String> sql = new ArrayList<>();
    int index = 0;
    for (JsonNode cell : tree.path("cells")) {
      index++;
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      String source = source(cell);
      if (setup == null) {
        setup = source;
        continue;
      }
      sql.add(sqlOf(source, file.getFileName() + " cell " + index));
    }
    if (setup == null) {
      throw new AssertionError(file + " has no code cell");
    }
    return new Notebook(file, tree, setup, sql);
  }

  /** The statement in a SQL cell's source. */
  static String sqlOf(String source, String where) {
    Matcher m = SQL_CELL.matcher(source);
    if (!m.matches()) {
      throw new AssertionError(
          where + " is neither the setup cell nor a spark.sql(\"\"\"...\"\"\") cell (see notebooks/README.md):\n" + source);
    }
    return m.group(1);
  }

  /** nbformat stores source as one string or as a list of lines that keep their newlines. */
  private static String source(JsonNode cell) {
    JsonNode source = cell.path("source");
    if (source.isTextual()) {
      return source.asText();
    }
    StringBuilder out = new StringBuilder();
    source.forEach(line -> out.append(line.asText()));
    return out.toString();
  }

  String name() {
    return file.getFileName().toString();
  }
}
