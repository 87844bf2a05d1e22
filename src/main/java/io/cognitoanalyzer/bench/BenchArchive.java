package io.cognitoanalyzer.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.cognitoanalyzer.sample.NativeBenchArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The benchmark's input archive, generated once per (records, seed) and reused after that:
 * generating 4M records takes longer than some of the runs it feeds.
 *
 * <p>The archive lives in {@code <dir>/archive-<records>-s<seed>/}. A marker file beside it (not
 * inside, where an engine would read it as input) is written only after generation finished, so
 * an interrupted generation is redone rather than reused.
 */
final class BenchArchive {
  private BenchArchive() {}

  /** The directory the archive for {@code records} and {@code seed} lives in. */
  static Path location(Path dir, long records, long seed) {
    return dir.resolve(String.format(Locale.ROOT, "archive-%d-s%d", records, seed));
  }

  /**
   * Returns the archive directory, generating it unless a complete one for the same records and
   * seed is already there.
   */
  static Path prepare(Path dir, long records, long seed, Consumer<String> progress) throws IOException {
    Path archive = location(dir, records, seed);
    Path marker = archive.resolveSibling(archive.getFileName() + ".complete");
    String expected = String.format(Locale.ROOT, "records=%d%nseed=%d%n", records, seed);
    if (Files.isDirectory(archive) && Files.isRegularFile(marker) && Files.readString(marker, UTF_8).equals(expected)) {
      progress.accept(String.format(Locale.ROOT, "reusing the archive of %,d records in %s", records, archive));
      return archive;
    }
    Files.deleteIfExists(marker);
    deleteRecursively(archive);
    progress.accept(String.format(Locale.ROOT, "generating %,d records into %s", records, archive));
    long t0 = System.nanoTime();
    NativeBenchArchive.write(archive, records, seed);
    Files.writeString(marker, expected, UTF_8);
    progress.accept(String.format(Locale.ROOT, "generated in %.1f s", (System.nanoTime() - t0) / 1e9));
    return archive;
  }

  /** Deletes {@code path} and everything under it; nothing happens if it does not exist. */
  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
