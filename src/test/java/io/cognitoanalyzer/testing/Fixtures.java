package io.cognitoanalyzer.testing;

import io.cognitoanalyzer.archive.KeyHints;
import io.cognitoanalyzer.archive.ObjectReader;
import io.cognitoanalyzer.normalize.Decoded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fixture archives under src/test/resources/fixtures, decoded without Spark. */
public final class Fixtures {
  private Fixtures() {}

  public static Path root() {
    return Path.of(System.getProperty("project.basedir", ".")).resolve("src/test/resources/fixtures");
  }

  public static Path dir(String name) {
    return root().resolve(name);
  }

  /** Every item every object under {@code dir} decodes to, objects in path order. */
  public static List<Decoded> decodeAll(Path dir) {
    List<Decoded> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String key = dir.relativize(file).toString().replace('\\', '/');
        try (ObjectReader reader =
            new ObjectReader(file.toUri().toString(), Files.size(file), KeyHints.of("/" + key), () -> Files.newInputStream(file))) {
          reader.forEachRemaining(out::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static <T> List<T> only(List<Decoded> items, Class<T> type) {
    return items.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
