package io.cognitoanalyzer.table;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 64-bit hash of everything an activity record says, apart from where it was found. Two records
 * of one event with the same hash are exact duplicates (a Firehose retry, overlapping export
 * tasks, the same event through two layouts); records of one event with different hashes are
 * states.
 *
 * <p>It runs over the record's encoded bytes ({@link ActivityRecord}), eight at a time, with the
 * round and final mix of xxHash64: every string there carries its length, so ("ab", "c") and ("a",
 * "bc") differ, and no field has to be turned back into text first.
 */
final class ContentHash {
  private ContentHash() {}

  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Starts a hash. */
  static long start() {
    return P3;
  }

  /** Mixes {@code r[from, to)} into {@code h}. */
  static long mix(long h, byte[] r, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = round(h, (long) LONGS.get(r, i));
    }
    for (; i < to; i++) {
      h = round(h, r[i] & 0xff);
    }
    return h;
  }

  /** The final avalanche, so that nearby inputs give unrelated hashes. */
  static long finish(long h) {
    h ^= h >>> 33;
    h *= P2;
    h ^= h >>> 29;
    h *= P3;
    return h ^ (h >>> 32);
  }

  private static long round(long h, long word) {
    return Long.rotateLeft(h + word * P2, 31) * P1;
  }
}
