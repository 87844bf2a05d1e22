package io.cognitoanalyzer.table;

import io.cognitoanalyzer.archive.ArchiveObject;
import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.archive.ObjectSummary;
import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Decoded;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

/**
 * The first pass's decode: a bin of objects in, their activity records out as (fold partition,
 * {@link ActivityRecord} bytes), ready for the fold's shuffle. Each object's summary goes to an
 * accumulator instead of the stream.
 */
final class EncodeActivity implements PairFlatMapFunction<List<ArchiveObject>, Integer, byte[]> {
  private static final long serialVersionUID = 1L;

  /** An object's accounting, as the driver collects it. */
  record Summary(String sourceObject, String sourceFormat, long bytes, long records, long controlMessages, long sideOutputs)
      implements Serializable {
    static Summary of(ObjectSummary s) {
      return new Summary(s.sourceObject(), s.sourceFormat(), s.bytes(), s.records(), s.controlMessages(), s.sideOutputs());
    }
  }

  private final HadoopConf conf;
  private final Broadcast<ObjectIndex> objects;
  private final int partitions;
  private final CollectionAccumulator<Summary> summaries;

  EncodeActivity(HadoopConf conf, Broadcast<ObjectIndex> objects, int partitions, CollectionAccumulator<Summary> summaries) {
    this.conf = conf;
    this.objects = objects;
    this.partitions = partitions;
    this.summaries = summaries;
  }

  @Override
  public Iterator<Tuple2<Integer, byte[]>> call(List<ArchiveObject> bin) {
    ObjectItems items = new ObjectItems(bin, conf, true);
    ObjectIndex index = objects.value();
    return new Iterator<>() {
      private ActivityEvent next;
      // Events of one object come together and share its URI string.
      private String object;
      private int objectNumber;

      @Override
      public boolean hasNext() {
        while (next == null && items.hasNext()) {
          Decoded item = items.next();
          if (item instanceof ActivityEvent e) {
            next = e;
          } else if (item instanceof ObjectSummary s) {
            summaries.add(Summary.of(s));
          }
        }
        return next != null;
      }

      @Override
      public Tuple2<Integer, byte[]> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (!next.sourceObject.equals(object)) {
          object = next.sourceObject;
          objectNumber = index.number(object);
        }
        byte[] r = ActivityRecord.encode(next, objectNumber);
        next = null;
        return new Tuple2<>(ActivityFold.partition(r, partitions), r);
      }
    };
  }
}
