package io.cognitoanalyzer.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchArchiveTest {

  @Test
  void aCompleteArchiveForTheSameCountAndSeedIsReused(@TempDir Path dir) throws IOException {
    List<String> progress = new ArrayList<>();
    Path first = BenchArchive.prepare(dir, 1_000, 5, progress::add);
    Path marker = dir.resolve("archive-1000-s5.complete");
    assertThat(first).isEqualTo(dir.resolve("archive-1000-s5"));
    assertThat(marker).exists();
    assertThat(gzipFiles(first)).isNotEmpty();
    FileTime written = Files.getLastModifiedTime(gzipFiles(first).get(0));

    progress.clear();
    Path second = BenchArchive.prepare(dir, 1_000, 5, progress::add);
    assertThat(second).isEqualTo(first);
    assertThat(progress).singleElement().asString().startsWith("reusing the archive of 1,000 records");
    assertThat(Files.getLastModifiedTime(gzipFiles(second).get(0))).isEqualTo(written);
  }

  @Test
  void anArchiveWithoutItsMarkerIsGeneratedAgain(@TempDir Path dir) throws IOException {
    Path archive = BenchArchive.prepare(dir, 600, 5, line -> {});
    Files.writeString(archive.resolve("stray.log.gz"), "left over", UTF_8);
    Files.delete(dir.resolve("archive-600-s5.complete"));

    List<String> progress = new ArrayList<>();
    BenchArchive.prepare(dir, 600, 5, progress::add);
    assertThat(progress.get(0)).startsWith("generating 600 records");
    assertThat(archive.resolve("stray.log.gz")).doesNotExist();
    assertThat(dir.resolve("archive-600-s5.complete")).exists();
  }

  @Test
  void anotherCountGetsItsOwnDirectory(@TempDir Path dir) throws IOException {
    assertThat(BenchArchive.prepare(dir, 300, 5, line -> {})).isNotEqualTo(BenchArchive.prepare(dir, 301, 5, line -> {}));
  }

  private static List<Path> gzipFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".log.gz")).sorted().toList();
    }
  }
}
