package io.cognitoanalyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV contract: header, RFC 4180 quoting, UTF-8, '.' decimals in plain notation, empty for null. */
class CsvReportWriterTest {
  @TempDir Path tmp;

  static final StructType SCHEMA =
      new StructType()
          .add("name", DataTypes.StringType)
          .add("day", DataTypes.DateType)
          .add("n", DataTypes.LongType)
          .add("rate", DataTypes.DoubleType);

  private String write(Row... rows) throws IOException {
    Path file = tmp.resolve("r.csv");
    CsvReportWriter.write(new Configuration(), new org.apache.hadoop.fs.Path(file.toUri()), SCHEMA, List.of(rows).iterator());
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void writesAHeaderAndCrlfRecords() throws IOException {
    assertThat(write(RowFactory.create("a", LocalDate.of(2026, 3, 1), 3L, 0.25)))
        .isEqualTo("name,day,n,rate\r\na,2026-03-01,3,0.25\r\n");
  }

  @Test
  void quotesCommasQuotesAndLineBreaksByDoublingQuotes() throws IOException {
    assertThat(write(RowFactory.create("cy, \"the admin\"\nline two", null, 1L, null)))
        .isEqualTo("name,day,n,rate\r\n\"cy, \"\"the admin\"\"\nline two\",,1,\r\n");
  }

  @Test
  void writesNullAsAnEmptyFieldAndKeepsEmptyStringsDistinct() throws IOException {
    assertThat(write(RowFactory.create(null, null, null, null), RowFactory.create("", null, 0L, 0.0)))
        .isEqualTo("name,day,n,rate\r\n,,,\r\n\"\",,0,0\r\n");
  }

  @Test
  void writesRatesInPlainNotationWithADotWhateverTheLocale() throws IOException {
    // The test JVM runs with a Turkish default locale, whose decimal separator is a comma.
    assertThat(write(RowFactory.create("x", null, 1L, 0.0001), RowFactory.create("y", null, 1L, 2.0 / 3)))
        .contains("x,,1,0.0001\r\n")
        .contains("y,,1,0.6666666666666666\r\n");
  }

  @Test
  void writesUtf8WithoutAByteOrderMark() throws IOException {
    write(RowFactory.create("Côte d'Ivoire İstanbul", null, 1L, null));
    byte[] bytes = Files.readAllBytes(tmp.resolve("r.csv"));
    assertThat(bytes[0]).isEqualTo((byte) 'n');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Côte d'Ivoire İstanbul");
  }
}
