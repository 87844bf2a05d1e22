package io.cognitoanalyzer.archive;

import io.cognitoanalyzer.config.DateWindow;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the objects under the input locations through Hadoop's FileSystem, which serves s3a://,
 * s3:// (EMR), file: and HDFS with one code path. Objects whose key date cannot hold events of the
 * window are not read at all.
 */
public final class ObjectLister {
  private ObjectLister() {}

  /**
   * The listing of a run.
   *
   * @param objects the objects to decode, sorted by URI so that runs are reproducible
   * @param markersSkipped CloudWatch export {@code aws-logs-write-test} objects (no log data)
   * @param outsideWindow objects skipped because their key date is outside the window
   */
  public record Listing(List<ArchiveObject> objects, long markersSkipped, long outsideWindow) {
    public long bytes() {
      return objects.stream().mapToLong(ArchiveObject::size).sum();
    }
  }

  /** @throws FileNotFoundException naming the input that does not exist */
  public static Listing list(Configuration conf, List<String> inputs, DateWindow window) throws IOException {
    List<ArchiveObject> objects = new ArrayList<>();
    long markers = 0;
    long outside = 0;
    for (String input : inputs) {
      Path root = new Path(input);
      FileSystem fs = root.getFileSystem(conf);
      Path qualified = fs.makeQualified(root);
      if (!fs.exists(qualified)) {
        throw new FileNotFoundException(
            "--input " + input + " does not exist (resolved to " + qualified + "); check the location and credentials");
      }
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(qualified, true);
      while (files.hasNext()) {
        LocatedFileStatus file = files.next();
        String uri = file.getPath().toString();
        KeyHints hints = KeyHints.of(file.getPath().toUri().getPath());
        if (hints.marker()) {
          markers++;
        } else if (!window.mayHoldEventsFor(hints.date())) {
          outside++;
        } else {
          objects.add(new ArchiveObject(uri, file.getLen(), hints));
        }
      }
    }
    objects.sort(Comparator.comparing(ArchiveObject::uri));
    // The same object reached through two overlapping inputs is read once.
    List<ArchiveObject> unique = new ArrayList<>();
    for (ArchiveObject o : objects) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).uri().equals(o.uri())) {
        unique.add(o);
      }
    }
    return new Listing(List.copyOf(unique), markers, outside);
  }

  /**
   * Groups objects into {@code bins} of similar total size (largest first into the lightest bin),
   * so that one huge Firehose object does not leave the other cores idle.
   */
  public static List<List<ArchiveObject>> balance(List<ArchiveObject> objects, int bins) {
    int n = Math.max(1, Math.min(bins, objects.size()));
    List<List<ArchiveObject>> out = new ArrayList<>();
    long[] weight = new long[n];
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    List<ArchiveObject> bySize = new ArrayList<>(objects);
    bySize.sort(Comparator.comparingLong(ArchiveObject::size).reversed().thenComparing(ArchiveObject::uri));
    for (ArchiveObject o : bySize) {
      int lightest = 0;
      for (int i = 1; i < n; i++) {
        if (weight[i] < weight[lightest]) {
          lightest = i;
        }
      }
      out.get(lightest).add(o);
      weight[lightest] += Math.max(o.size(), 1);
    }
    return out;
  }
}
