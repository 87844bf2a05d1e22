package io.cognitoanalyzer.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

  /** A child that prints a line and exits with the code it is given. */
  public static final class ExitWith {
    public static void main(String[] args) {
      System.out.println("child says " + args[0]);
      System.exit(Integer.parseInt(args[0]));
    }
  }

  @Test
  void childrenGetTheLauncherFlagsAndAFixedHeap() {
    ChildJvm jvm = ChildJvm.likeLauncher();
    assertThat(jvm.flags())
        .contains("-Xms2g", "-Xmx2g", "-Duser.timezone=UTC", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED")
        .contains("-XX:+IgnoreUnrecognizedVMOptions", "-Djdk.reflect.useDirectMethodHandle=false")
        .contains("-XX:+UseParallelGC", "-XX:MetaspaceSize=256m");
    assertThat(jvm.classPath()).isEqualTo(System.getProperty("java.class.path"));

    List<String> command = jvm.command("a.Main", List.of("x", "y"));
    assertThat(command.get(0)).isEqualTo(jvm.java());
    assertThat(command.subList(1, 1 + jvm.flags().size())).isEqualTo(jvm.flags());
    assertThat(command.subList(command.size() - 5, command.size())).containsExactly("-cp", jvm.classPath(), "a.Main", "x", "y");
  }

  @Test
  void theLauncherUsesTheSameCollectorAndAFixedHeap() throws IOException {
    assertThat(Files.readString(Path.of("jobs/cognito-analyzer")))
        .contains("-XX:+UseParallelGC")
        .contains("-XX:MetaspaceSize=" + ChildJvm.METASPACE)
        .contains("-Xms\"${COGNITO_ANALYZER_HEAP:-2g}\"");
  }

  /** The bench's engines map the launcher's class-data archive, all of them alike. */
  @Test
  void childrenShareTheLaunchersClassDataArchive() {
    assertThat(ChildJvm.classDataSharing(List.of("-Xmx2g", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=/a/b.jsa", "-Xlog:gc")))
        .containsExactly("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=/a/b.jsa");
    assertThat(ChildJvm.classDataSharing(List.of("-Xmx2g"))).isEmpty();
  }

  @Test
  void aChildThatSucceedsLeavesItsOutputInTheLog(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("logs/ok.log");
    ChildJvm.likeLauncher().run(ExitWith.class.getName(), List.of("0"), log);
    assertThat(Files.readString(log, UTF_8)).contains("child says 0");
  }

  @Test
  void aChildThatFailsFailsLoudlyWithItsLog(@TempDir Path dir) {
    Path log = dir.resolve("logs/failing.log");
    assertThatThrownBy(() -> ChildJvm.likeLauncher().run(ExitWith.class.getName(), List.of("3"), log))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ExitWith.class.getName() + " [3] exited with 3 after")
        .hasMessageContaining(log.toString())
        .hasMessageContaining("child says 3");
  }
}
