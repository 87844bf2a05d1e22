package io.cognitoanalyzer.table;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * One fold task: folds its shuffle partition ({@link ActivityFold}), writes the winners to the
 * run's staging directory ({@link WinnerFiles}) and returns what it did. The driver learns the
 * counts and files from the tasks' results, which Spark delivers once per partition from the attempt
 * that succeeded, so a retried task cannot count twice or leave a stray file in the table.
 */
final class FoldAndWrite implements Function2<Integer, Iterator<Tuple2<Integer, byte[]>>, Iterator<FoldAndWrite.Result>> {
  private static final long serialVersionUID = 1L;

  /**
   * @param records raw activity records folded
   * @param events groups, one per (user_pool_id, event_id)
   * @param exactDuplicates records identical to another of their group
   * @param files what was written, inside --from/--to/--pools only
   */
  record Result(long records, long events, long exactDuplicates, List<WinnerFiles.WrittenFile> files) implements Serializable {
    long rowsWritten() {
      return files.stream().mapToLong(WinnerFiles.WrittenFile::rows).sum();
    }

    long recordsWritten() {
      return files.stream().mapToLong(WinnerFiles.WrittenFile::records).sum();
    }
  }

  private final WinnerFiles.Settings settings;
  private final Broadcast<ObjectIndex> objects;

  FoldAndWrite(WinnerFiles.Settings settings, Broadcast<ObjectIndex> objects) {
    this.settings = settings;
    this.objects = objects;
  }

  @Override
  public Iterator<Result> call(Integer partition, Iterator<Tuple2<Integer, byte[]>> input) {
    ActivityFold.Folded folded =
        ActivityFold.fold(
            new Iterator<>() {
              @Override
              public boolean hasNext() {
                return input.hasNext();
              }

              @Override
              public byte[] next() {
                return input.next()._2();
              }
            });
    try {
      List<WinnerFiles.WrittenFile> files = WinnerFiles.write(folded.partitions(), settings, objects.value(), partition, TaskContext.get().taskAttemptId());
      return List.of(new Result(folded.records(), folded.events(), folded.exactDuplicates(), files)).iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("writing user_activity files under " + settings.staging(), e);
    } finally {
      folded.release();
    }
  }
}
