package io.cognitoanalyzer.table;

import io.cognitoanalyzer.archive.ArchiveObject;
import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.archive.ObjectSummary;
import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Decoded;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
    ObjectItems items = new ObjectItems(objects, conf, pass == Pass.ACTIVITY);
    return new Iterator<>() {
      private Decoded next;

      @Override
      public boolean hasNext() {
        while (next == null && items.hasNext()) {
          Decoded item = items.next();
          if (pass.keeps(item)) {
            next = item;
          }
        }
        return next != null;
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
}
