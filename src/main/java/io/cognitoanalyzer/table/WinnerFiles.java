package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.EVENT_DATE;
import static io.cognitoanalyzer.table.Columns.USER_POOL_ID;

import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.config.DateWindow;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;

/**
 * Writes one fold task's winners as Parquet, one file per table partition, under a staging
 * directory that {@link PartitionCommit} later moves into the table. Winners arrive grouped by
 * table partition ({@link ActivityFold#fold}), so one writer is open at a time.
 */
final class WinnerFiles {
  private WinnerFiles() {}

  /**
   * What every task of a run writes with.
   *
   * @param staging the run's staging directory; partitions go below it as in the table
   * @param runId names the files, so that runs never collide
   * @param window and {@code pools}: the winners kept (--from/--to/--pools); empty pools keep all
   */
  record Settings(
      HadoopConf conf, String staging, String runId, CompressionCodecName codec, String sparkVersion, DateWindow window, Set<String> pools)
      implements Serializable {
    boolean keeps(String pool, int epochDay) {
      return (pools.isEmpty() || pools.contains(pool)) && window.contains(LocalDate.ofEpochDay(epochDay));
    }
  }

  /** A file a task wrote: its table partition ({@code user_pool_id=…/event_date=…}), name and rows. */
  record WrittenFile(String partition, String name, long rows, long records) implements Serializable {}

  /**
   * Writes the winners that {@code settings} keeps.
   *
   * @param objects the run's objects, whose numbers the records carry
   * @param task the task's partition index and attempt id, which make the file names unique
   */
  static List<WrittenFile> write(List<ActivityFold.TablePartition> partitions, Settings settings, ObjectIndex objects, int task, long attempt)
      throws IOException {
    List<WrittenFile> files = new ArrayList<>();
    for (ActivityFold.TablePartition p : partitions) {
      if (settings.keeps(p.userPoolId(), p.epochDay())) {
        files.add(writeFile(p, settings, objects, task, attempt));
      }
    }
    return files;
  }

  /**
   * The Parquet codec for a value of {@code spark.sql.parquet.compression.codec}, so that the
   * session's setting applies to these files as to Spark's.
   */
  static CompressionCodecName codec(String sparkName) {
    String name = sparkName.trim().toUpperCase(Locale.ROOT);
    try {
      return name.equals("NONE") ? CompressionCodecName.UNCOMPRESSED : CompressionCodecName.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "spark.sql.parquet.compression.codec=" + sparkName + " is not a Parquet codec; use snappy, zstd, gzip, lz4_raw or none", e);
    }
  }

  /** The partition's directory as Spark names it, escaping as Spark does so that readers agree. */
  static String partition(String pool, int epochDay) {
    return USER_POOL_ID + "=" + ExternalCatalogUtils.escapePathName(pool) + "/" + EVENT_DATE + "=" + LocalDate.ofEpochDay(epochDay);
  }

  private static WrittenFile writeFile(ActivityFold.TablePartition p, Settings settings, ObjectIndex objects, int task, long attempt)
      throws IOException {
    String partition = partition(p.userPoolId(), p.epochDay());
    String name = String.format(Locale.ROOT, "part-%05d-%s-%d.c000%s.parquet", task, settings.runId(), attempt, settings.codec().getExtension());
    Configuration conf = settings.conf().get();
    Path path = new Path(new Path(settings.staging(), partition), name);
    FoldedGroups groups = p.groups();
    long records = 0;
    try (WinnerFileWriter writer = WinnerFileWriter.open(path, conf, settings.codec(), settings.sparkVersion(), objects)) {
      for (int g : p.winners()) {
        writer.write(groups.slab(g), groups.offset(g), groups.count(g));
        records += groups.count(g);
      }
    }
    return new WrittenFile(partition, name, p.winners().length, records);
  }
}
