package io.cognitoanalyzer.table;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Challenge;
import io.cognitoanalyzer.normalize.Vocabulary;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * One activity record as a compact byte array, the form in which it crosses the fold's shuffle.
 * Spark's own rows cost several copies and a generated serializer per 35-column row; this is one
 * array that the fold can rank and group without decoding it.
 *
 * <p>Layout: a fixed header (terminal, event_time in microseconds, content hash, record offset,
 * event_date as an epoch day), then the group key (user_pool_id, event_id), then the number of
 * the source object in the run's {@link ObjectIndex} (its URI would be a third of the record),
 * then every other field in {@link TableSchemas#USER_ACTIVITY} order. Strings are an int length
 * (-1 for null) and UTF-8 bytes.
 */
final class ActivityRecord {
  private ActivityRecord() {}

  static final int TERMINAL = 0;
  static final int EVENT_MICROS = 1;
  static final int CONTENT_HASH = 9;
  static final int RECORD_OFFSET = 17;
  static final int EVENT_DAY = 25;
  /** Where the group key (user_pool_id, then event_id) starts. */
  static final int KEY = 29;

  /** A boolean column's byte when the value is null (0 false, 1 true). */
  static final byte NULL_BOOLEAN = 2;

  /**
   * The record's bytes; {@code e} must have passed the normalizer (pool, id and time set).
   *
   * @param objectNumber the number of {@code e.sourceObject} in the run's {@link ObjectIndex}
   */
  static byte[] encode(ActivityEvent e, int objectNumber) {
    Writer w = new Writer();
    w.bool(Vocabulary.isTerminal(e.eventResponse));
    // Spark compares timestamps in microseconds; ranking must see what Spark would see.
    w.i64(micros(e.eventTime));
    w.i64(0); // the content hash, once the rest is written
    w.i64(e.recordOffset);
    w.i32((int) e.eventDate().toEpochDay());
    w.str(e.userPoolId);
    w.str(e.eventId);
    int sourceObject = w.size;
    w.i32(objectNumber);
    int afterSourceObject = w.size;
    w.str(e.eventType);
    w.str(e.eventResponse);
    w.str(e.riskDecision);
    w.str(e.riskLevel);
    w.bool(e.compromisedCredentials);
    if (e.challenges == null) {
      w.i32(-1);
    } else {
      w.i32(e.challenges.size());
      for (Challenge c : e.challenges) {
        w.str(c.name());
        w.str(c.result());
      }
    }
    w.str(e.mfaResult);
    w.str(e.userSub);
    w.str(e.userName);
    w.str(e.clientId);
    w.str(e.idpName);
    w.str(e.ipAddress);
    w.str(e.deviceName);
    w.str(e.deviceOs);
    w.str(e.deviceBrowser);
    w.str(e.city);
    w.str(e.country);
    w.str(e.countryCode);
    w.bool(e.hasContextData);
    w.str(e.feedbackValue);
    w.str(e.feedbackProvider);
    w.bool(e.feedbackTime != null);
    if (e.feedbackTime != null) {
      w.i64(micros(e.feedbackTime));
    }
    w.str(e.requestId);
    w.str(e.logVersion);
    int sourceFormat = w.size;
    w.str(e.sourceFormat);
    int afterSourceFormat = w.size;
    if (e.extraFields == null) {
      w.i32(-1);
    } else {
      w.i32(e.extraFields.size());
      for (Map.Entry<String, String> entry : e.extraFields.entrySet()) {
        w.str(entry.getKey());
        w.str(entry.getValue());
      }
    }
    byte[] r = w.bytes();
    // Where a record was found is not part of what it says: the hash skips source_object and
    // source_format (the record offset is outside the hashed ranges too).
    long h = ContentHash.start();
    h = ContentHash.mix(h, r, EVENT_MICROS, EVENT_MICROS + 8);
    h = ContentHash.mix(h, r, KEY, sourceObject);
    h = ContentHash.mix(h, r, afterSourceObject, sourceFormat);
    h = ContentHash.mix(h, r, afterSourceFormat, r.length);
    h = ContentHash.finish(h);
    for (int i = 0; i < 8; i++) {
      r[CONTENT_HASH + i] = (byte) (h >>> (56 - 8 * i));
    }
    return r;
  }

  /**
   * Microseconds since the epoch, rounded down, as Spark stores a timestamp (its own
   * DateTimeUtils is internal API and differs only at Instant.MIN).
   */
  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }

  // The readers below take the record's start in its array ("at"): the fold keeps its winners
  // side by side in large arrays rather than one array each (see FoldedGroups). Offsets they
  // take or return (keyEnd) are absolute in that array.

  /** The end of the group key: after user_pool_id and event_id. */
  static int keyEnd(byte[] r, int at) {
    return skipString(r, skipString(r, at + KEY));
  }

  /** The record's user_pool_id, the first string of the key. */
  static String userPoolId(byte[] r, int at) {
    return new String(r, at + KEY + 4, stringLength(r, at + KEY), UTF_8);
  }

  static boolean terminal(byte[] r, int at) {
    return r[at + TERMINAL] == 1;
  }

  static long eventMicros(byte[] r, int at) {
    return i64(r, at + EVENT_MICROS);
  }

  static long contentHash(byte[] r, int at) {
    return i64(r, at + CONTENT_HASH);
  }

  static long recordOffset(byte[] r, int at) {
    return i64(r, at + RECORD_OFFSET);
  }

  static int eventDay(byte[] r, int at) {
    return i32(r, at + EVENT_DAY);
  }

  /** The length of the string at {@code at}, -1 for null. */
  static int stringLength(byte[] r, int at) {
    return i32(r, at);
  }

  static int skipString(byte[] r, int at) {
    int length = i32(r, at);
    return at + 4 + Math.max(0, length);
  }

  /** The key's hash: over its bytes, the same on every executor and wherever the record lies. */
  static int keyHash(byte[] r, int at, int keyEnd) {
    int h = 1;
    for (int i = at + KEY; i < keyEnd; i++) {
      h = 31 * h + r[i];
    }
    return h;
  }

  /** Whether two records have the same user_pool_id, the first string of the key. */
  static boolean samePool(byte[] a, int aAt, byte[] b, int bAt) {
    return Arrays.equals(a, aAt + KEY, skipString(a, aAt + KEY), b, bAt + KEY, skipString(b, bAt + KEY));
  }

  static boolean sameKey(byte[] a, int aAt, int aEnd, byte[] b, int bAt, int bEnd) {
    return Arrays.equals(a, aAt + KEY, aEnd, b, bAt + KEY, bEnd);
  }

  /** The number of the record's source object, right after the key. */
  static int objectNumber(byte[] r, int keyEnd) {
    return i32(r, keyEnd);
  }

  /**
   * Whether {@code a} wins over {@code b}: a terminal response over InProgress, then the later
   * event_time, then the lower content hash, then the lower (source_object, record_offset), as
   * Spark would order those columns (object numbers follow the URIs' unsigned UTF-8 order).
   */
  static boolean beats(byte[] a, int aAt, int aKeyEnd, byte[] b, int bAt, int bKeyEnd) {
    if (a[aAt + TERMINAL] != b[bAt + TERMINAL]) {
      return a[aAt + TERMINAL] > b[bAt + TERMINAL];
    }
    int c = Long.compare(eventMicros(b, bAt), eventMicros(a, aAt));
    if (c == 0) {
      c = Long.compare(contentHash(a, aAt), contentHash(b, bAt));
    }
    if (c == 0) {
      c = Integer.compare(objectNumber(a, aKeyEnd), objectNumber(b, bKeyEnd));
    }
    if (c == 0) {
      c = Long.compare(recordOffset(a, aAt), recordOffset(b, bAt));
    }
    return c < 0;
  }

  static long i64(byte[] r, int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (r[at + i] & 0xff);
    }
    return v;
  }

  static int i32(byte[] r, int at) {
    return ((r[at] & 0xff) << 24) | ((r[at + 1] & 0xff) << 16) | ((r[at + 2] & 0xff) << 8) | (r[at + 3] & 0xff);
  }

  /** A growing buffer; records are a few hundred bytes. */
  private static final class Writer {
    private byte[] buf = new byte[512];
    private int size;

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    void bool(Boolean b) {
      ensure(1);
      buf[size++] = b == null ? NULL_BOOLEAN : b ? (byte) 1 : (byte) 0;
    }

    void i32(int v) {
      ensure(4);
      buf[size++] = (byte) (v >>> 24);
      buf[size++] = (byte) (v >>> 16);
      buf[size++] = (byte) (v >>> 8);
      buf[size++] = (byte) v;
    }

    void i64(long v) {
      ensure(8);
      for (int shift = 56; shift >= 0; shift -= 8) {
        buf[size++] = (byte) (v >>> shift);
      }
    }

    void str(String s) {
      if (s == null) {
        i32(-1);
        return;
      }
      byte[] utf8 = s.getBytes(UTF_8);
      i32(utf8.length);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, buf, size, utf8.length);
      size += utf8.length;
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, size);
    }
  }
}
