package io.cognitoanalyzer.table;

import io.cognitoanalyzer.archive.ArchiveObject;
import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.normalize.Decoded;
import io.cognitoanalyzer.normalize.NotificationEvent;
import io.cognitoanalyzer.normalize.Rejection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The second pass's decode as a Spark function: a bin of objects in, their notifications and
 * rejections out as rows of {@link DecodedSchema}, one object open at a time. Activity records are
 * only validated here; the first pass ({@link EncodeActivity}) already folded and wrote them.
 */
public final class DecodeObjects implements FlatMapFunction<List<ArchiveObject>, Row> {
  private static final long serialVersionUID = 1L;
  private final HadoopConf conf;

  public DecodeObjects(HadoopConf conf) {
    this.conf = conf;
  }

  @Override
  public Iterator<Row> call(List<ArchiveObject> objects) {
    ObjectItems items = new ObjectItems(objects, conf, false);
    return new Iterator<>() {
      private Decoded next;

      @Override
      public boolean hasNext() {
        while (next == null && items.hasNext()) {
          Decoded item = items.next();
          if (item instanceof NotificationEvent || item instanceof Rejection) {
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
