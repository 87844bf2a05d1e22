package io.cognitoanalyzer.table;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Dynamic partition overwrite for files written outside Spark's writer, done as Spark's commit
 * protocol does it: after every task succeeded, each partition the run wrote is deleted from the
 * table and the run's files for it are moved in from the staging directory; partitions the run did
 * not write are left alone. Only files that successful tasks reported are moved, so a failed
 * attempt's leftovers go with the staging directory.
 */
final class PartitionCommit {
  private PartitionCommit() {}

  /**
   * @param table the table's directory, e.g. {@code <table>/user_activity}
   * @param staging where the tasks wrote, with the same partition directories below it
   * @return the partitions replaced, sorted
   */
  static List<String> replacePartitions(Configuration conf, Path table, Path staging, List<WinnerFiles.WrittenFile> files) throws IOException {
    FileSystem fs = table.getFileSystem(conf);
    Map<String, List<WinnerFiles.WrittenFile>> byPartition =
        files.stream().collect(Collectors.groupingBy(WinnerFiles.WrittenFile::partition, TreeMap::new, Collectors.toList()));
    for (Map.Entry<String, List<WinnerFiles.WrittenFile>> partition : byPartition.entrySet()) {
      Path target = new Path(table, partition.getKey());
      if (fs.exists(target) && !fs.delete(target, true)) {
        throw new IOException("could not delete " + target + " to replace it; check write permission on the table");
      }
      if (!fs.mkdirs(target)) {
        throw new IOException("could not create " + target);
      }
      for (WinnerFiles.WrittenFile file : partition.getValue()) {
        Path from = new Path(new Path(staging, file.partition()), file.name());
        if (!fs.rename(from, new Path(target, file.name()))) {
          throw new IOException("could not move " + from + " into " + target);
        }
      }
    }
    return List.copyOf(byPartition.keySet());
  }

  /** Removes the staging directory, after a commit or a failure. */
  static void clean(Configuration conf, Path staging) throws IOException {
    FileSystem fs = staging.getFileSystem(conf);
    if (fs.exists(staging)) {
      fs.delete(staging, true);
    }
  }
}
