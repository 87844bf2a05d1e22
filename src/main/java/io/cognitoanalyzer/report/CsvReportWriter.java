package io.cognitoanalyzer.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Writes one report as a single CSV file: a header row, RFC 4180 quoting (CRLF line ends, fields
 * with a comma, quote or line break quoted and quotes doubled), UTF-8 without a byte-order mark,
 * {@code .} as the decimal separator and rates in plain notation, an empty field for null.
 */
public final class CsvReportWriter {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString(null).build();

  private CsvReportWriter() {}

  /** Writes {@code rows} (in the order given) to {@code path}, replacing any file there. */
  public static void write(Configuration conf, Path path, StructType schema, Iterator<Row> rows) throws IOException {
    try (Writer out = new OutputStreamWriter(OutputFiles.create(conf, path), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      csv.printRecord((Object[]) schema.fieldNames());
      Object[] record = new Object[schema.size()];
      while (rows.hasNext()) {
        Row row = rows.next();
        for (int i = 0; i < record.length; i++) {
          record[i] = text(row.get(i));
        }
        csv.printRecord(record);
      }
    }
  }

  /** A field's text; doubles in plain notation so that no reader meets {@code 1.0E-4}. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
