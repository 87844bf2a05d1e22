package io.cognitoanalyzer.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Folds the activity records of one shuffle partition into one winner per (user_pool_id,
 * event_id): the winning record (see {@link ActivityRecord#beats}) with the count of raw records
 * folded into it. A hash table keyed by the records' own key bytes, so no sort: a record either
 * replaces its group's winner or is dropped, and only winners stay in memory.
 *
 * <p>Exact duplicates are counted as an ordered window would: in each group, ordered by the
 * winner order, the records whose content hash equals the one before. Identical records agree on
 * everything the order looks at before the hash, so they sit next to each other.
 *
 * <p>Winners come out clustered by (user_pool_id, event_date), the table's partitioning, so that
 * each task writes one file per table partition.
 */
final class ActivityFold {
  private ActivityFold() {}

  private record PartitionKey(String userPoolId, int epochDay) {}

  /** The winners of one table partition, (user_pool_id, event_date). */
  record TablePartition(String userPoolId, int epochDay, List<Group> winners) {}

  /**
   * A shuffle partition's fold: its winners by table partition, in (user_pool_id, event_date)
   * order, and the counts the manifest needs.
   */
  record Folded(List<TablePartition> partitions, long records, long events, long exactDuplicates) {}

  /** One (user_pool_id, event_id) group: its winner so far and what the counts need. */
  static final class Group {
    byte[] winner;
    int winnerKeyEnd;
    int count;
    /** (terminal, event micros, content hash) of each record, once there are two or more. */
    long[] ranks;

    void add(byte[] r, int keyEnd) {
      if (count == 1) {
        ranks = new long[6];
        putRank(0, winner);
      }
      if (count >= 1) {
        if (ranks.length < 3 * (count + 1)) {
          ranks = Arrays.copyOf(ranks, ranks.length * 2);
        }
        putRank(count, r);
        if (ActivityRecord.beats(r, keyEnd, winner, winnerKeyEnd)) {
          winner = r;
          winnerKeyEnd = keyEnd;
        }
      } else {
        winner = r;
        winnerKeyEnd = keyEnd;
      }
      count++;
    }

    private void putRank(int i, byte[] r) {
      ranks[3 * i] = ActivityRecord.terminal(r) ? 1 : 0;
      ranks[3 * i + 1] = ActivityRecord.eventMicros(r);
      ranks[3 * i + 2] = ActivityRecord.contentHash(r);
    }

    /** Records whose hash equals the one before them in winner order. */
    long exactDuplicates() {
      if (count < 2) {
        return 0;
      }
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          Comparator.<Integer>comparingLong(i -> -ranks[3 * i])
              .thenComparing(Comparator.<Integer>comparingLong(i -> ranks[3 * i + 1]).reversed())
              .thenComparingLong(i -> ranks[3 * i + 2]));
      long repeats = 0;
      for (int i = 1; i < count; i++) {
        if (ranks[3 * order[i] + 2] == ranks[3 * order[i - 1] + 2]) {
          repeats++;
        }
      }
      return repeats;
    }
  }

  static Folded fold(Iterator<byte[]> records) {
    GroupTable table = new GroupTable();
    long in = 0;
    while (records.hasNext()) {
      byte[] r = records.next();
      int keyEnd = ActivityRecord.keyEnd(r);
      table.group(r, keyEnd).add(r, keyEnd);
      in++;
    }
    long repeats = 0;
    Map<PartitionKey, List<Group>> byPartition = new HashMap<>();
    String pool = null;
    byte[] poolRecord = null;
    for (Group g : table.groups()) {
      repeats += g.exactDuplicates();
      g.ranks = null;
      if (poolRecord == null || !ActivityRecord.samePool(poolRecord, g.winner)) {
        poolRecord = g.winner;
        pool = ActivityRecord.userPoolId(g.winner);
      }
      byPartition.computeIfAbsent(new PartitionKey(pool, ActivityRecord.eventDay(g.winner)), k -> new ArrayList<>()).add(g);
    }
    List<TablePartition> partitions = new ArrayList<>();
    byPartition.forEach((k, winners) -> partitions.add(new TablePartition(k.userPoolId(), k.epochDay(), winners)));
    partitions.sort(Comparator.comparing(TablePartition::userPoolId).thenComparingInt(TablePartition::epochDay));
    return new Folded(partitions, in, table.size, repeats);
  }

  /**
   * The partition of a record: by the hash of its group key, so that every record of a group
   * meets in one task.
   */
  static int partition(byte[] r, int partitions) {
    return Math.floorMod(ActivityRecord.keyHash(r, ActivityRecord.keyEnd(r)), partitions);
  }

  /** Open addressing over the key bytes of the groups' first records: no key objects. */
  private static final class GroupTable {
    private Group[] slots = new Group[1 << 16];
    private int[] hashes = new int[1 << 16];
    private int size;

    Group group(byte[] r, int keyEnd) {
      int h = ActivityRecord.keyHash(r, keyEnd);
      int mask = slots.length - 1;
      int i = mix(h) & mask;
      while (slots[i] != null) {
        Group g = slots[i];
        if (hashes[i] == h && ActivityRecord.sameKey(g.winner, g.winnerKeyEnd, r, keyEnd)) {
          return g;
        }
        i = (i + 1) & mask;
      }
      Group g = new Group();
      slots[i] = g;
      hashes[i] = h;
      size++;
      if (size * 3 > slots.length * 2) {
        grow();
        // The new group is empty until add(); it is found again by the caller's reference.
      }
      return g;
    }

    private void grow() {
      Group[] old = slots;
      int[] oldHashes = hashes;
      slots = new Group[old.length * 2];
      hashes = new int[old.length * 2];
      int mask = slots.length - 1;
      for (int j = 0; j < old.length; j++) {
        if (old[j] != null) {
          int i = mix(oldHashes[j]) & mask;
          while (slots[i] != null) {
            i = (i + 1) & mask;
          }
          slots[i] = old[j];
          hashes[i] = oldHashes[j];
        }
      }
    }

    private static int mix(int h) {
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      return h ^ (h >>> 13);
    }

    Group[] groups() {
      List<Group> out = new ArrayList<>(size);
      for (Group g : slots) {
        if (g != null) {
          out.add(g);
        }
      }
      return out.toArray(Group[]::new);
    }
  }
}
