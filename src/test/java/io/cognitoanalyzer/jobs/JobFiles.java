package io.cognitoanalyzer.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The deployment files under jobs/, read as JSON trees whatever their syntax. */
final class JobFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private JobFiles() {}

  static Path root() {
    return Path.of(System.getProperty("project.basedir", ".")).resolve("jobs");
  }

  static Path emr(String name) {
    return root().resolve("emr").resolve(name);
  }

  /** Every .json, .yaml and .yml file under jobs/, in path order. */
  static List<Path> structuredFiles() {
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(Files::isRegularFile).filter(JobFiles::isStructured).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean isStructured(Path file) {
    return isYaml(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** Parses JSON or YAML (by extension); a syntax error names the file. */
  static JsonNode read(Path file) {
    try {
      return (isYaml(file) ? YAML : JSON).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file + ": " + e.getMessage(), e);
    }
  }

  /** A CloudFormation template is a YAML or JSON file with a top-level Resources map. */
  static boolean isCloudFormation(JsonNode tree) {
    return tree.isObject() && tree.path("Resources").isObject();
  }

  static List<String> strings(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
