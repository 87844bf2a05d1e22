package io.cognitoanalyzer.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The groups of one fold, (user_pool_id, event_id) each, numbered 0.. in the order they first
 * appear: each group's winner so far, its record count and the ranks of its records.
 *
 * <p>Nothing here is an object per group or per record. Winners are copied side by side into
 * slabs of a megabyte, reused from one fold to the next ({@link SlabPool}), the rest lives in int and long arrays. A fold task keeps some 650,000
 * winners alive at 4M records; as one byte array and one group object each, the young collections
 * copied them one by one and promoted them, and the end of each wave took a full collection (3.4
 * s of pauses in a 30 s ingest). A slab is copied as one block. See docs/benchmark.md.
 */
final class FoldedGroups {
  private static final int INSERTION_SORT_LIMIT = 32;

  // Per group, GROUP_FIELDS ints: where its winner is and what the fold needs to know about it.
  private static final int GROUP_FIELDS = 6;
  private static final int SLAB = 0;
  private static final int OFFSET = 1;
  /** The bytes reserved at OFFSET: a later winner that fits is written over the earlier one. */
  private static final int CAPACITY = 2;
  /** The winner's key end, from its start. */
  private static final int KEY_LENGTH = 3;
  private static final int COUNT = 4;
  /** The group's last rank entry; entries chain back through RANK_PREVIOUS. */
  private static final int LAST_RANK = 5;

  // Per record, RANK_FIELDS longs: what the winner order looks at before the object and offset.
  private static final int RANK_FIELDS = 3;
  private static final int RANK_MICROS = 0;
  private static final int RANK_HASH = 1;
  /** (previous entry of the group + 1) << 1 | terminal. */
  private static final int RANK_PREVIOUS = 2;

  private List<byte[]> slabs = new ArrayList<>();
  /** The slab being filled; none until the first winner. */
  private byte[] slab;
  private int slabUsed;

  private int[] groups = new int[GROUP_FIELDS * 1024];
  private int size;
  private long[] ranks = new long[RANK_FIELDS * 1024];
  private int rankCount;

  /** Open addressing over the key bytes of the groups' winners: group number + 1, 0 when empty. */
  private int[] slots = new int[1 << 16];
  private int[] slotHashes = new int[1 << 16];

  int size() {
    return size;
  }

  /** Adds a record to its group, which it founds if it is the first. */
  void add(byte[] r) {
    int keyEnd = ActivityRecord.keyEnd(r, 0);
    int h = ActivityRecord.keyHash(r, 0, keyEnd);
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    int g = -1;
    while (slots[i] != 0) {
      int candidate = slots[i] - 1;
      if (slotHashes[i] == h && sameKey(candidate, r, keyEnd)) {
        g = candidate;
        break;
      }
      i = (i + 1) & mask;
    }
    if (g < 0) {
      g = newGroup(r, keyEnd);
      slots[i] = g + 1;
      slotHashes[i] = h;
      if (size * 3 > slots.length * 2) {
        growSlots();
      }
    } else if (ActivityRecord.beats(r, 0, keyEnd, slab(g), offset(g), offset(g) + groups[GROUP_FIELDS * g + KEY_LENGTH])) {
      replaceWinner(g, r, keyEnd);
    }
    addRank(g, r);
    groups[GROUP_FIELDS * g + COUNT]++;
  }

  /** The array that holds group {@code g}'s winner. */
  byte[] slab(int g) {
    return slabs.get(groups[GROUP_FIELDS * g + SLAB]);
  }

  /** Where group {@code g}'s winner starts in {@link #slab(int)}. */
  int offset(int g) {
    return groups[GROUP_FIELDS * g + OFFSET];
  }

  /** The raw records folded into group {@code g}. */
  int count(int g) {
    return groups[GROUP_FIELDS * g + COUNT];
  }

  /** Group {@code g}'s records whose content hash equals the one before them in winner order. */
  long exactDuplicates(int g) {
    int count = count(g);
    if (count < 2) {
      return 0;
    }
    int[] entries = new int[count];
    for (int e = groups[GROUP_FIELDS * g + LAST_RANK], n = count; n > 0; e = previous(e)) {
      entries[--n] = e;
    }
    sortInWinnerOrder(entries);
    long repeats = 0;
    for (int i = 1; i < count; i++) {
      if (ranks[RANK_FIELDS * entries[i] + RANK_HASH] == ranks[RANK_FIELDS * entries[i - 1] + RANK_HASH]) {
        repeats++;
      }
    }
    return repeats;
  }

  /**
   * Hands the slabs to {@link SlabPool} for the next fold of this JVM, once every winner is
   * written. Nothing can be read from this fold afterwards.
   */
  void release() {
    List<byte[]> done = slabs;
    slabs = List.of();
    slab = null;
    SlabPool.giveBack(done);
  }

  /** Frees the ranks, which only {@link #exactDuplicates} reads, before the winners are written. */
  void dropRanks() {
    ranks = new long[0];
    rankCount = 0;
  }

  private boolean sameKey(int g, byte[] r, int keyEnd) {
    int at = offset(g);
    return ActivityRecord.sameKey(slab(g), at, at + groups[GROUP_FIELDS * g + KEY_LENGTH], r, 0, keyEnd);
  }

  private int newGroup(byte[] r, int keyEnd) {
    if (GROUP_FIELDS * (size + 1) > groups.length) {
      groups = Arrays.copyOf(groups, groups.length * 2);
    }
    int g = size++;
    store(g, r, keyEnd);
    groups[GROUP_FIELDS * g + LAST_RANK] = -1;
    return g;
  }

  private void replaceWinner(int g, byte[] r, int keyEnd) {
    int base = GROUP_FIELDS * g;
    if (r.length <= groups[base + CAPACITY]) {
      System.arraycopy(r, 0, slab(g), groups[base + OFFSET], r.length);
      groups[base + KEY_LENGTH] = keyEnd;
    } else {
      store(g, r, keyEnd);
    }
  }

  /** Copies {@code r} into fresh slab space as group {@code g}'s winner. */
  private void store(int g, byte[] r, int keyEnd) {
    if (slab == null || slabUsed + r.length > slab.length) {
      slab = r.length <= SlabPool.SLAB_SIZE ? SlabPool.take() : new byte[r.length];
      slabs.add(slab);
      slabUsed = 0;
    }
    System.arraycopy(r, 0, slab, slabUsed, r.length);
    int base = GROUP_FIELDS * g;
    groups[base + SLAB] = slabs.size() - 1;
    groups[base + OFFSET] = slabUsed;
    groups[base + CAPACITY] = r.length;
    groups[base + KEY_LENGTH] = keyEnd;
    slabUsed += r.length;
  }

  private void addRank(int g, byte[] r) {
    if (RANK_FIELDS * (rankCount + 1) > ranks.length) {
      ranks = Arrays.copyOf(ranks, ranks.length * 2);
    }
    int e = rankCount++;
    int base = RANK_FIELDS * e;
    ranks[base + RANK_MICROS] = ActivityRecord.eventMicros(r, 0);
    ranks[base + RANK_HASH] = ActivityRecord.contentHash(r, 0);
    long previous = groups[GROUP_FIELDS * g + LAST_RANK] + 1L;
    ranks[base + RANK_PREVIOUS] = previous << 1 | (ActivityRecord.terminal(r, 0) ? 1 : 0);
    groups[GROUP_FIELDS * g + LAST_RANK] = e;
  }

  private int previous(int e) {
    return (int) (ranks[RANK_FIELDS * e + RANK_PREVIOUS] >>> 1) - 1;
  }

  private boolean terminal(int e) {
    return (ranks[RANK_FIELDS * e + RANK_PREVIOUS] & 1) == 1;
  }

  /** Terminal first, then the later event time, then the lower hash. */
  private void sortInWinnerOrder(int[] entries) {
    if (entries.length > INSERTION_SORT_LIMIT) {
      Integer[] boxed = Arrays.stream(entries).boxed().toArray(Integer[]::new);
      Arrays.sort(boxed, (a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
      for (int i = 0; i < entries.length; i++) {
        entries[i] = boxed[i];
      }
      return;
    }
    // Most groups have two or three records.
    for (int i = 1; i < entries.length; i++) {
      int e = entries[i];
      int j = i - 1;
      while (j >= 0 && before(e, entries[j])) {
        entries[j + 1] = entries[j];
        j--;
      }
      entries[j + 1] = e;
    }
  }

  private boolean before(int a, int b) {
    if (terminal(a) != terminal(b)) {
      return terminal(a);
    }
    long am = ranks[RANK_FIELDS * a + RANK_MICROS];
    long bm = ranks[RANK_FIELDS * b + RANK_MICROS];
    if (am != bm) {
      return am > bm;
    }
    return ranks[RANK_FIELDS * a + RANK_HASH] < ranks[RANK_FIELDS * b + RANK_HASH];
  }

  private void growSlots() {
    int[] oldSlots = slots;
    int[] oldHashes = slotHashes;
    slots = new int[oldSlots.length * 2];
    slotHashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != 0) {
        int i = mix(oldHashes[j]) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[j];
        slotHashes[i] = oldHashes[j];
      }
    }
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }
}
