package io.cognitoanalyzer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  @Test
  void ratioLineIsTheirMedianOverOursToTwoDecimals() {
    assertThat(BenchReport.ratioLine(10.0, 72.0, 7.5)).isEqualTo("ratios: vs_naive_spark=7.20 vs_duckdb=0.75");
    assertThat(BenchReport.ratioLine(3.0, 10.0, 29.0)).isEqualTo("ratios: vs_naive_spark=3.33 vs_duckdb=9.67");
  }

  @Test
  void ratioLineRejectsAZeroTimeForOurs() {
    assertThatThrownBy(() -> BenchReport.ratioLine(0.0, 1.0, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("our median must be positive seconds, got 0.0");
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(BenchReport.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(BenchReport.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    assertThat(BenchReport.median(List.of(7.0))).isEqualTo(7.0);
  }

  @Test
  void reportEndsWithTheRatioLineOfTheMedians() {
    BenchReport report =
        new BenchReport(
            1_000_000,
            Map.of(
                Engine.OURS, List.of(12.0, 8.0),
                Engine.NAIVE_SPARK, List.of(70.0, 80.0),
                Engine.DUCKDB, List.of(7.0, 8.0)));

    assertThat(report.min(Engine.OURS)).isEqualTo(8.0);
    assertThat(report.median(Engine.OURS)).isEqualTo(10.0);
    assertThat(report.recordsPerSecond(Engine.OURS)).isEqualTo(100_000.0);
    List<String> lines = report.lines();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("engine").contains("min_s", "median_s", "records_per_s");
    assertThat(lines.get(1).split("\\s+")).startsWith("ours", "2", "8.00", "10.00", "100,000");
    assertThat(lines.get(2).split("\\s+")).startsWith("naive_spark", "2", "70.00", "75.00", "13,333");
    assertThat(lines.get(3).split("\\s+")).startsWith("duckdb", "2", "7.00", "7.50", "133,333");
    assertThat(lines.get(4)).isEqualTo("ratios: vs_naive_spark=7.50 vs_duckdb=0.75");
  }

  @Test
  void everyEngineNeedsATiming() {
    assertThatThrownBy(() -> new BenchReport(10, Map.of(Engine.OURS, List.of(1.0), Engine.DUCKDB, List.of(1.0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no timings for engine naive_spark");
  }
}
