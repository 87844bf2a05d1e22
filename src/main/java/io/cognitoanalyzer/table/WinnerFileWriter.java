package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetOutputFormat;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.types.StructType;

/**
 * Writes fold winners ({@link ActivityRecord} bytes and their record count) as one user_activity
 * Parquet file, straight from the record's bytes into parquet-mr's column writers. Strings are
 * already UTF-8, so no String, Spark row or copy is made on the way, and no record consumer either:
 * parquet-mr's generic one re-derives every value's repetition and definition levels from
 * start/end calls, which cost more than the column writers themselves (docs/benchmark.md). Here
 * the levels are fixed numbers of this one schema, taken from it once.
 *
 * <p>Row groups are cut as parquet-mr's own writer cuts them, at {@code parquet.block.size} of
 * buffered data; page and dictionary sizes also come from the Hadoop configuration, so a session's
 * Parquet settings apply to these files as to Spark's.
 */
final class WinnerFileWriter implements Closeable {
  /** user_activity without its partition columns, which live in the directory names. */
  static final StructType FILE_SCHEMA = TableSchemas.without(TableSchemas.USER_ACTIVITY, USER_POOL_ID, EVENT_DATE);

  static final MessageType PARQUET_SCHEMA = ParquetSchemas.of(FILE_SCHEMA);

  /** The Julian day of 1970-01-01, the epoch of INT96 timestamps' day part. */
  private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

  private static final long MICROS_PER_DAY = 86_400_000_000L;

  /** Rows between two looks at the buffered size, at least and at most, as parquet-mr's writer. */
  private static final long MIN_ROWS_BETWEEN_SIZE_CHECKS = 100;

  private static final long MAX_ROWS_BETWEEN_SIZE_CHECKS = 10_000;

  private static final List<ColumnDescriptor> LEAVES = PARQUET_SCHEMA.getColumns();

  /** Each leaf's definition level when its value is set. */
  private static final int[] SET = LEAVES.stream().mapToInt(ColumnDescriptor::getMaxDefinitionLevel).toArray();

  // The leaves, by position in the schema's depth-first order.
  private static final int EVENT_ID_LEAF = leaf(EVENT_ID);
  private static final int EVENT_TIME_LEAF = leaf(EVENT_TIME);
  private static final int EVENT_TYPE_LEAF = leaf(EVENT_TYPE);
  private static final int COMPROMISED_CREDENTIALS_LEAF = leaf(COMPROMISED_CREDENTIALS);
  private static final int CHALLENGE_NAME_LEAF = leaf(CHALLENGES, "list", "element", CHALLENGE_NAME);
  private static final int CHALLENGE_RESULT_LEAF = leaf(CHALLENGES, "list", "element", CHALLENGE_RESULT);
  private static final int MFA_RESULT_LEAF = leaf(MFA_RESULT);
  private static final int COUNTRY_CODE_LEAF = leaf(COUNTRY_CODE);
  private static final int HAS_CONTEXT_DATA_LEAF = leaf(HAS_CONTEXT_DATA);
  private static final int FEEDBACK_VALUE_LEAF = leaf(FEEDBACK_VALUE);
  private static final int FEEDBACK_PROVIDER_LEAF = leaf(FEEDBACK_PROVIDER);
  private static final int FEEDBACK_TIME_LEAF = leaf(FEEDBACK_TIME);
  private static final int REQUEST_ID_LEAF = leaf(REQUEST_ID);
  private static final int LOG_VERSION_LEAF = leaf(LOG_VERSION);
  private static final int RECORD_COUNT_LEAF = leaf(RECORD_COUNT);
  private static final int SOURCE_FORMAT_LEAF = leaf(SOURCE_FORMAT);
  private static final int SOURCE_OBJECT_LEAF = leaf(SOURCE_OBJECT);
  private static final int EXTRA_KEY_LEAF = leaf(EXTRA_FIELDS, "key_value", "key");
  private static final int EXTRA_VALUE_LEAF = leaf(EXTRA_FIELDS, "key_value", "value");

  // Definition levels of the nested columns: the list or map is null below the first, empty at
  // it, and holds an entry (whose own fields may still be null) at the second.
  private static final int CHALLENGES_EMPTY = PARQUET_SCHEMA.getMaxDefinitionLevel(CHALLENGES);
  private static final int CHALLENGE_PRESENT = PARQUET_SCHEMA.getMaxDefinitionLevel(CHALLENGES, "list", "element");
  private static final int EXTRA_FIELDS_EMPTY = PARQUET_SCHEMA.getMaxDefinitionLevel(EXTRA_FIELDS);
  private static final int EXTRA_FIELD_PRESENT = PARQUET_SCHEMA.getMaxDefinitionLevel(EXTRA_FIELDS, "key_value");

  private final ParquetFileWriter file;
  private final CodecFactory codecs;
  private final CodecFactory.BytesCompressor compressor;
  private final ParquetProperties properties;
  private final long rowGroupSize;
  private final Map<String, String> footer;
  private final ObjectIndex objects;
  private final byte[] int96 = new byte[12];

  private ColumnChunkPageWriteStore pages;
  private ColumnWriteStore columns;
  private final ColumnWriter[] writers = new ColumnWriter[LEAVES.size()];
  private long rowsInGroup;
  private long nextSizeCheck;

  private WinnerFileWriter(Path path, Configuration conf, CompressionCodecName codec, String sparkVersion, ObjectIndex objects) throws IOException {
    this.objects = objects;
    this.properties = properties(conf);
    this.rowGroupSize = ParquetOutputFormat.getLongBlockSize(conf);
    this.footer = ParquetSchemas.sparkMetadata(FILE_SCHEMA, sparkVersion);
    this.codecs = new CodecFactory(conf, properties.getPageSizeThreshold());
    this.compressor = codecs.getCompressor(codec);
    this.file =
        new ParquetFileWriter(
            HadoopOutputFile.fromPath(path, conf),
            PARQUET_SCHEMA,
            ParquetFileWriter.Mode.OVERWRITE, // replaces what a failed attempt may have left
            rowGroupSize,
            ParquetWriter.MAX_PADDING_SIZE_DEFAULT,
            properties.getColumnIndexTruncateLength(),
            properties.getStatisticsTruncateLength(),
            properties.getPageWriteChecksumEnabled());
    file.start();
    startRowGroup();
  }

  /**
   * Opens a file for winners.
   *
   * @param sparkVersion written to the footer, as Spark's writer does; readers decide rebasing from it
   * @param objects the run's objects, whose numbers the records carry
   */
  static WinnerFileWriter open(Path path, Configuration conf, CompressionCodecName codec, String sparkVersion, ObjectIndex objects)
      throws IOException {
    return new WinnerFileWriter(path, conf, codec, sparkVersion, objects);
  }

  /**
   * Dictionaries for every column but the (nearly) unique ones ({@link RunAwareDictionaries} for
   * strings), statistics as {@link ParquetStatistics} says, sizes from the Hadoop configuration.
   */
  private static ParquetProperties properties(Configuration conf) {
    ParquetProperties.Builder builder =
        ParquetProperties.builder()
            .withPageSize(ParquetOutputFormat.getPageSize(conf))
            .withDictionaryPageSize(ParquetOutputFormat.getDictionaryPageSize(conf))
            .withDictionaryEncoding(ParquetOutputFormat.getEnableDictionary(conf))
            .withWriterVersion(ParquetOutputFormat.getWriterVersion(conf))
            .withValuesWriterFactory(new RunAwareDictionaries());
    for (String column : TableWriter.HIGH_CARDINALITY) {
      if (FILE_SCHEMA.getFieldIndex(column).isDefined()) {
        builder = builder.withDictionaryEncoding(column, false);
      }
    }
    return ParquetStatistics.reduced(builder).build();
  }

  private void startRowGroup() {
    pages = new ColumnChunkPageWriteStore(compressor, PARQUET_SCHEMA, properties.getAllocator(), properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled());
    columns = properties.newColumnWriteStore(PARQUET_SCHEMA, pages);
    for (int i = 0; i < writers.length; i++) {
      writers[i] = columns.getColumnWriter(LEAVES.get(i));
    }
    rowsInGroup = 0;
    nextSizeCheck = MIN_ROWS_BETWEEN_SIZE_CHECKS;
  }

  /**
   * Writes one row: the winning record, which starts at {@code r[at]}, and how many raw records
   * were folded into it.
   */
  void write(byte[] r, int at, int recordCount) throws IOException {
    Cursor in = new Cursor(r, at + ActivityRecord.KEY);
    in.skipString(); // user_pool_id: a partition column
    string(EVENT_ID_LEAF, in);
    timestamp(EVENT_TIME_LEAF, ActivityRecord.eventMicros(r, at));
    int objectNumber = in.i32();
    for (int leaf = EVENT_TYPE_LEAF; leaf < COMPROMISED_CREDENTIALS_LEAF; leaf++) {
      string(leaf, in); // event_type, event_response, risk_decision, risk_level
    }
    bool(COMPROMISED_CREDENTIALS_LEAF, in);
    challenges(in);
    for (int leaf = MFA_RESULT_LEAF; leaf <= COUNTRY_CODE_LEAF; leaf++) {
      string(leaf, in); // mfa_result .. country_code
    }
    bool(HAS_CONTEXT_DATA_LEAF, in);
    string(FEEDBACK_VALUE_LEAF, in);
    string(FEEDBACK_PROVIDER_LEAF, in);
    if (in.bool() == 1) {
      timestamp(FEEDBACK_TIME_LEAF, in.i64());
    } else {
      writers[FEEDBACK_TIME_LEAF].writeNull(0, 0);
    }
    string(REQUEST_ID_LEAF, in);
    string(LOG_VERSION_LEAF, in);
    writers[RECORD_COUNT_LEAF].write(recordCount, 0, SET[RECORD_COUNT_LEAF]);
    string(SOURCE_FORMAT_LEAF, in);
    writers[SOURCE_OBJECT_LEAF].write(objects.utf8(objectNumber), 0, SET[SOURCE_OBJECT_LEAF]);
    extraFields(in);
    columns.endRecord();
    rowsInGroup++;
    if (rowsInGroup >= nextSizeCheck) {
      checkRowGroupSize();
    }
  }

  /**
   * Cuts the row group once its buffered size nears {@code parquet.block.size}; otherwise looks
   * again about halfway to where, at the rows' average size, it would get there.
   */
  private void checkRowGroupSize() throws IOException {
    long buffered = columns.getBufferedSize();
    long rowSize = Math.max(1, buffered / rowsInGroup);
    if (buffered > rowGroupSize - 2 * rowSize) {
      flushRowGroup();
      startRowGroup();
    } else {
      long rowsToLimit = (rowGroupSize - buffered) / rowSize;
      nextSizeCheck = rowsInGroup + Math.min(MAX_ROWS_BETWEEN_SIZE_CHECKS, Math.max(MIN_ROWS_BETWEEN_SIZE_CHECKS, rowsToLimit / 2));
    }
  }

  private void flushRowGroup() throws IOException {
    if (rowsInGroup > 0) {
      file.startBlock(rowsInGroup);
      columns.flush();
      pages.flushToFileWriter(file);
      file.endBlock();
    }
    columns.close();
  }

  /** Writes the last row group and the footer. */
  @Override
  public void close() throws IOException {
    try {
      flushRowGroup();
      file.end(footer);
    } finally {
      codecs.release();
    }
  }

  /**
   * array&lt;struct&lt;name, result&gt;&gt; from a count (-1 for null) and the pairs: Spark's
   * three-level LIST, each element a group of two strings.
   */
  private void challenges(Cursor in) {
    pairs(in, CHALLENGE_NAME_LEAF, CHALLENGE_RESULT_LEAF, CHALLENGES_EMPTY, CHALLENGE_PRESENT);
  }

  /** map&lt;string, string&gt; from a count (-1 for null) and the entries: Spark's MAP. */
  private void extraFields(Cursor in) {
    pairs(in, EXTRA_KEY_LEAF, EXTRA_VALUE_LEAF, EXTRA_FIELDS_EMPTY, EXTRA_FIELD_PRESENT);
  }

  /**
   * A repeated pair of strings: null (definition 0) or empty ({@code empty}) write one null on
   * each leaf; otherwise each pair is an entry, the first repeating at level 0 and the rest at 1,
   * whose strings are null at {@code present} and set at their leaf's maximum.
   */
  private void pairs(Cursor in, int firstLeaf, int secondLeaf, int empty, int present) {
    int n = in.i32();
    if (n <= 0) {
      int definition = n < 0 ? 0 : empty;
      writers[firstLeaf].writeNull(0, definition);
      writers[secondLeaf].writeNull(0, definition);
      return;
    }
    for (int i = 0; i < n; i++) {
      int repetition = i == 0 ? 0 : 1;
      nested(firstLeaf, repetition, present, in);
      nested(secondLeaf, repetition, present, in);
    }
  }

  private void nested(int leaf, int repetition, int nullDefinition, Cursor in) {
    int length = in.i32();
    if (length < 0) {
      writers[leaf].writeNull(repetition, nullDefinition);
      return;
    }
    writers[leaf].write(Binary.fromConstantByteArray(in.r, in.at, length), repetition, SET[leaf]);
    in.at += length;
  }

  /** A top-level optional string: null at definition 0. */
  private void string(int leaf, Cursor in) {
    nested(leaf, 0, 0, in);
  }

  private void bool(int leaf, Cursor in) {
    byte b = in.bool();
    if (b == ActivityRecord.NULL_BOOLEAN) {
      writers[leaf].writeNull(0, 0);
    } else {
      writers[leaf].write(b == 1, 0, SET[leaf]);
    }
  }

  /** As Spark writes a timestamp to INT96: nanoseconds of the day, then the Julian day, little-endian. */
  private void timestamp(int leaf, long micros) {
    long julianMicros = micros + JULIAN_DAY_OF_EPOCH * MICROS_PER_DAY;
    ByteBuffer.wrap(int96)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong((julianMicros % MICROS_PER_DAY) * 1_000L)
        .putInt((int) (julianMicros / MICROS_PER_DAY));
    writers[leaf].write(Binary.fromReusedByteArray(int96), 0, SET[leaf]);
  }

  private static int leaf(String... path) {
    for (int i = 0; i < LEAVES.size(); i++) {
      if (Arrays.equals(LEAVES.get(i).getPath(), path)) {
        return i;
      }
    }
    throw new IllegalStateException("no column " + String.join(".", path) + " in " + PARQUET_SCHEMA);
  }

  /** A read position in a record. */
  private static final class Cursor {
    final byte[] r;
    int at;

    Cursor(byte[] r, int at) {
      this.r = r;
      this.at = at;
    }

    int i32() {
      int v = ActivityRecord.i32(r, at);
      at += 4;
      return v;
    }

    long i64() {
      long v = ActivityRecord.i64(r, at);
      at += 8;
      return v;
    }

    byte bool() {
      return r[at++];
    }

    void skipString() {
      at = ActivityRecord.skipString(r, at);
    }
  }
}
