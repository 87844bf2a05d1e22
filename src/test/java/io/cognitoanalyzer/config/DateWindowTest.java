package io.cognitoanalyzer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DateWindowTest {
  static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);

  @Test
  void fromAfterToIsRejectedNamingBothValues() {
    assertThatThrownBy(() -> new DateWindow(MAR_3, MAR_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--from must be on or before --to, got 2026-03-03 > 2026-03-01");
  }

  @Test
  void eventDatesAreInclusive() {
    DateWindow w = new DateWindow(MAR_1, MAR_3);
    assertThat(w.contains(MAR_1)).isTrue();
    assertThat(w.contains(MAR_3)).isTrue();
    assertThat(w.contains(MAR_3.plusDays(1))).isFalse();
    assertThat(DateWindow.ALL.contains(LocalDate.of(1999, 1, 1))).isTrue();
  }

  @Test
  void keyDatesAreWidenedByADayForLateDelivery() {
    DateWindow w = new DateWindow(MAR_1, MAR_3);
    assertThat(w.mayHoldEventsFor(MAR_1.minusDays(1))).isTrue();
    assertThat(w.mayHoldEventsFor(MAR_1.minusDays(2))).isFalse();
    assertThat(w.mayHoldEventsFor(MAR_3.plusDays(1))).isTrue();
    assertThat(w.mayHoldEventsFor(MAR_3.plusDays(2))).isFalse();
    assertThat(w.mayHoldEventsFor(null)).isTrue();
  }

  @Test
  void ingestConfigValidatesItsFlags() {
    assertThatThrownBy(() -> new IngestConfig(List.of(), "t", null, null)).hasMessageContaining("--input");
    assertThatThrownBy(() -> new IngestConfig(List.of("a"), " ", null, null)).hasMessageContaining("--table");
    IngestConfig c = new IngestConfig(List.of("a"), "t", null, Set.of("p"));
    assertThat(c.window()).isEqualTo(DateWindow.ALL);
    assertThat(c.keepsPool("p")).isTrue();
    assertThat(c.keepsPool("q")).isFalse();
  }
}
