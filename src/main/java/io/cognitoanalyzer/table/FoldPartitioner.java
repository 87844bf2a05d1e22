package io.cognitoanalyzer.table;

import org.apache.spark.Partitioner;

/** Routes a (fold partition, record) pair by its key, which {@link EncodeActivity} computed. */
final class FoldPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;
  private final int partitions;

  FoldPartitioner(int partitions) {
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return (Integer) key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FoldPartitioner p && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
