package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.StructType;

/**
 * Writes fold winners ({@link ActivityRecord} bytes and their record count) as user_activity rows,
 * straight from the record's bytes: strings are already UTF-8, so no String, Spark row or copy is
 * made on the way to Parquet.
 */
final class WinnerWriteSupport extends WriteSupport<WinnerWriteSupport.Winner> {
  /** A group's winning record and how many raw records were folded into it. */
  record Winner(byte[] record, int recordCount) {}

  /** user_activity without its partition columns, which live in the directory names. */
  static final StructType FILE_SCHEMA = TableSchemas.without(TableSchemas.USER_ACTIVITY, USER_POOL_ID, EVENT_DATE);

  static final MessageType PARQUET_SCHEMA = ParquetSchemas.of(FILE_SCHEMA);

  /** The top-level field names by index, looked up for every value written. */
  private static final String[] FIELD_NAMES = PARQUET_SCHEMA.getFields().stream().map(Type::getName).toArray(String[]::new);

  /** The Julian day of 1970-01-01, the epoch of INT96 timestamps' day part. */
  private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private final String sparkVersion;
  private final byte[] int96 = new byte[12];
  private RecordConsumer out;

  /** @param sparkVersion written to the footer, as Spark's writer does; readers decide rebasing from it */
  WinnerWriteSupport(String sparkVersion) {
    this.sparkVersion = sparkVersion;
  }

  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(PARQUET_SCHEMA, ParquetSchemas.sparkMetadata(FILE_SCHEMA, sparkVersion));
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.out = recordConsumer;
  }

  @Override
  public void write(Winner winner) {
    byte[] r = winner.record();
    Cursor in = new Cursor(r, ActivityRecord.KEY);
    out.startMessage();
    in.skipString(); // user_pool_id: a partition column
    string(0, in);
    timestamp(1, ActivityRecord.eventMicros(r));
    int sourceObject = in.at;
    in.skipString();
    for (int i = 2; i <= 5; i++) {
      string(i, in); // event_type, event_response, risk_decision, risk_level
    }
    bool(6, in); // compromised_credentials
    challenges(7, in);
    for (int i = 8; i <= 19; i++) {
      string(i, in); // mfa_result .. country_code
    }
    bool(20, in); // has_context_data
    string(21, in); // feedback_value
    string(22, in); // feedback_provider
    if (in.bool() == 1) {
      timestamp(23, in.i64());
    }
    string(24, in); // request_id
    string(25, in); // log_version
    start(26);
    out.addInteger(winner.recordCount());
    end(26);
    string(27, in); // source_format
    string(28, new Cursor(r, sourceObject));
    extraFields(29, in);
    out.endMessage();
  }

  /** array<struct<name, result>>: Spark's three-level LIST, each element a group of two strings. */
  private void challenges(int field, Cursor in) {
    pairs(field, in, "list", "element", CHALLENGE_NAME, CHALLENGE_RESULT);
  }

  /** map<string, string>: Spark's MAP, each entry a key_value group. */
  private void extraFields(int field, Cursor in) {
    pairs(field, in, "key_value", null, "key", "value");
  }

  /**
   * A list of (string, string) pairs from the record: a count (-1 for null), then the pairs. Each
   * pair is a group inside the repeated group, wrapped once more in {@code element} when not null.
   */
  private void pairs(int field, Cursor in, String repeated, String element, String first, String second) {
    int n = in.i32();
    if (n < 0) {
      return;
    }
    start(field);
    out.startGroup();
    if (n > 0) {
      out.startField(repeated, 0);
      for (int i = 0; i < n; i++) {
        out.startGroup();
        if (element != null) {
          out.startField(element, 0);
          out.startGroup();
        }
        string(first, 0, in);
        string(second, 1, in);
        if (element != null) {
          out.endGroup();
          out.endField(element, 0);
        }
        out.endGroup();
      }
      out.endField(repeated, 0);
    }
    out.endGroup();
    end(field);
  }

  private void string(int field, Cursor in) {
    string(FIELD_NAMES[field], field, in);
  }

  private void string(String name, int index, Cursor in) {
    int length = in.i32();
    if (length < 0) {
      return;
    }
    out.startField(name, index);
    out.addBinary(Binary.fromConstantByteArray(in.r, in.at, length));
    out.endField(name, index);
    in.at += length;
  }

  private void bool(int field, Cursor in) {
    byte b = in.bool();
    if (b == ActivityRecord.NULL_BOOLEAN) {
      return;
    }
    start(field);
    out.addBoolean(b == 1);
    end(field);
  }

  /** As Spark writes a timestamp to INT96: nanoseconds of the day, then the Julian day, little-endian. */
  private void timestamp(int field, long micros) {
    long julianMicros = micros + JULIAN_DAY_OF_EPOCH * MICROS_PER_DAY;
    ByteBuffer.wrap(int96)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong((julianMicros % MICROS_PER_DAY) * 1_000L)
        .putInt((int) (julianMicros / MICROS_PER_DAY));
    start(field);
    out.addBinary(Binary.fromReusedByteArray(int96));
    end(field);
  }

  private void start(int field) {
    out.startField(FIELD_NAMES[field], field);
  }

  private void end(int field) {
    out.endField(FIELD_NAMES[field], field);
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
