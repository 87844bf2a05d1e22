package io.cognitoanalyzer.table;

import io.cognitoanalyzer.archive.ArchiveObject;
import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.archive.ObjectReader;
import io.cognitoanalyzer.archive.ObjectSummary;
import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Decoded;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The decode stage as a Spark function: a bin of objects in, their decoded rows out, one object
 * open at a time. This is the only place that reads archive bytes.
 */
public final class DecodeObjects implements FlatMapFunction<List<ArchiveObject>, Row> {
  private static final long serialVersionUID = 1L;
  /** Which part of the stream a pass keeps. */
  public enum Pass {
    /** User-activity rows and one summary per object. */
    ACTIVITY,
    /** Notifications and rejections. */
    SIDE;

    boolean keeps(Decoded item) {
      boolean activity = item instanceof ActivityEvent || item instanceof ObjectSummary;
      return activity == (this == ACTIVITY);
    }
  }

  private final HadoopConf conf;
  private final Pass pass;

  public DecodeObjects(HadoopConf conf, Pass pass) {
    this.conf = conf;
    this.pass = pass;
  }

  @Override
  public Iterator<Row> call(List<ArchiveObject> objects) {
    Iterator<ArchiveObject> pendingObjects = objects.iterator();
    return new Iterator<>() {
      private ObjectReader reader;
      private Decoded next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          while (reader == null || !reader.hasNext()) {
            if (!pendingObjects.hasNext()) {
              return false;
            }
            reader = open(pendingObjects.next());
          }
          Decoded item = reader.next();
          if (pass.keeps(item)) {
            next = item;
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = DecodedRows.toRow(next);
        next = null;
        return row;
      }
    };
  }

  private ObjectReader open(ArchiveObject object) {
    return open(object, conf, pass == Pass.ACTIVITY);
  }

  static ObjectReader open(ArchiveObject object, HadoopConf conf, boolean activityRows) {
    Path path = new Path(object.uri());
    return new ObjectReader(
        object.uri(),
        object.size(),
        object.hints(),
        () -> FileSystem.get(path.toUri(), conf.get()).open(path),
        activityRows);
  }
}
