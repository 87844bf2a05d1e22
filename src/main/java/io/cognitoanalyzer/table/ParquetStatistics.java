package io.cognitoanalyzer.table;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.apache.parquet.column.ParquetProperties;

/**
 * Switches off Parquet statistics the table's readers cannot use: min/max of columns whose values
 * are random per row (no row group can be skipped on them), and the per-page size histograms.
 * Keeping them means comparing every value with the page's min and max byte by byte, about a
 * twentieth of the ingest's CPU (docs/benchmark.md).
 *
 * <p>The switches exist from parquet-mr 1.14 (Spark 4); Spark 3.5 ships 1.13, which writes all
 * statistics, so they are looked up once and skipped where absent.
 */
final class ParquetStatistics {
  private ParquetStatistics() {}

  /** Columns with no min/max statistics: unique or random per row, or long and per-object. */
  static final List<String> WITHOUT_MIN_MAX =
      List.of(Columns.EVENT_ID, Columns.REQUEST_ID, Columns.USER_SUB, Columns.USER_NAME, Columns.IP_ADDRESS, Columns.SOURCE_OBJECT);

  private static final MethodHandle COLUMN_STATISTICS = builderMethod("withStatisticsEnabled", String.class, boolean.class);
  private static final MethodHandle SIZE_STATISTICS = builderMethod("withSizeStatisticsEnabled", boolean.class);

  /** True when this parquet-mr can switch the statistics off (1.14 and later). */
  static boolean switchable() {
    return COLUMN_STATISTICS != null && SIZE_STATISTICS != null;
  }

  /** The builder with the statistics of {@link #WITHOUT_MIN_MAX} and the size statistics off. */
  static ParquetProperties.Builder reduced(ParquetProperties.Builder builder) {
    if (!switchable()) {
      return builder;
    }
    try {
      for (String column : WITHOUT_MIN_MAX) {
        COLUMN_STATISTICS.invoke(builder, column, false);
      }
      SIZE_STATISTICS.invoke(builder, false);
    } catch (Throwable e) {
      throw new IllegalStateException("switching Parquet statistics off", e);
    }
    return builder;
  }

  private static MethodHandle builderMethod(String name, Class<?>... parameters) {
    try {
      return MethodHandles.publicLookup().findVirtual(ParquetProperties.Builder.class, name, MethodType.methodType(ParquetProperties.Builder.class, parameters));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }
}
