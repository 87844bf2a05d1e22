package io.cognitoanalyzer.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Folds the activity records of one shuffle partition into one winner per (user_pool_id,
 * event_id): the winning record (see {@link ActivityRecord#beats}) with the count of raw records
 * folded into it. A hash table keyed by the records' own key bytes, so no sort: a record either
 * replaces its group's winner or is dropped, and only winners stay in memory ({@link
 * FoldedGroups}).
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

  /** The winners of one table partition, (user_pool_id, event_date): group numbers in {@code groups}. */
  record TablePartition(String userPoolId, int epochDay, FoldedGroups groups, int[] winners) {}

  /**
   * A shuffle partition's fold: its winners by table partition, in (user_pool_id, event_date)
   * order, and the counts the manifest needs.
   */
  record Folded(List<TablePartition> partitions, long records, long events, long exactDuplicates) {
    /** Hands the winners' memory to the next fold of this JVM, once they are written. */
    void release() {
      partitions.stream().map(TablePartition::groups).distinct().forEach(FoldedGroups::release);
    }
  }

  static Folded fold(Iterator<byte[]> records) {
    FoldedGroups groups = new FoldedGroups();
    long in = 0;
    while (records.hasNext()) {
      groups.add(records.next());
      in++;
    }
    long repeats = 0;
    Map<PartitionKey, IntStream.Builder> byPartition = new HashMap<>();
    String pool = null;
    int poolGroup = -1;
    for (int g = 0; g < groups.size(); g++) {
      repeats += groups.exactDuplicates(g);
      byte[] slab = groups.slab(g);
      int at = groups.offset(g);
      if (poolGroup < 0 || !ActivityRecord.samePool(groups.slab(poolGroup), groups.offset(poolGroup), slab, at)) {
        poolGroup = g;
        pool = ActivityRecord.userPoolId(slab, at);
      }
      byPartition.computeIfAbsent(new PartitionKey(pool, ActivityRecord.eventDay(slab, at)), k -> IntStream.builder()).add(g);
    }
    groups.dropRanks();
    List<TablePartition> partitions = new ArrayList<>();
    byPartition.forEach((k, winners) -> partitions.add(new TablePartition(k.userPoolId(), k.epochDay(), groups, winners.build().toArray())));
    partitions.sort(Comparator.comparing(TablePartition::userPoolId).thenComparingInt(TablePartition::epochDay));
    return new Folded(partitions, in, groups.size(), repeats);
  }

  /**
   * The partition of a record: by the hash of its group key, so that every record of a group
   * meets in one task.
   */
  static int partition(byte[] r, int partitions) {
    return Math.floorMod(ActivityRecord.keyHash(r, 0, ActivityRecord.keyEnd(r, 0)), partitions);
  }
}
