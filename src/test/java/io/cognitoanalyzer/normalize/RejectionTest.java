package io.cognitoanalyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RejectionTest {

  @Test
  void rawIsCutToAtMost64KiBOfUtf8EvenMidCharacter() {
    String huge = "ü".repeat(100_000); // two bytes each
    String raw = Rejection.rawText(huge);
    assertThat(raw.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Rejection.MAX_RAW_BYTES);
    assertThat(raw.length()).isGreaterThan(30_000);
    assertThat(Rejection.rawText("short")).isEqualTo("short");
  }
}
