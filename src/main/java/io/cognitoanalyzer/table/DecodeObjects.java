package io.cognitoanalyzer.table;

import io.cognitoanalyzer.archive.ArchiveObject;
import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.archive.ObjectReader;
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
  private final HadoopConf conf;

  public DecodeObjects(HadoopConf conf) {
    this.conf = conf;
  }

  @Override
  public Iterator<Row> call(List<ArchiveObject> objects) {
    Iterator<ArchiveObject> pendingObjects = objects.iterator();
    return new Iterator<>() {
      private ObjectReader reader;

      @Override
      public boolean hasNext() {
        while (reader == null || !reader.hasNext()) {
          if (!pendingObjects.hasNext()) {
            return false;
          }
          reader = open(pendingObjects.next());
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return DecodedRows.toRow(reader.next());
      }
    };
  }

  private ObjectReader open(ArchiveObject object) {
    Path path = new Path(object.uri());
    return new ObjectReader(
        object.uri(),
        object.size(),
        object.hints(),
        () -> FileSystem.get(path.toUri(), conf.get()).open(path));
  }
}
