package io.cognitoanalyzer.table;

import io.cognitoanalyzer.archive.ArchiveObject;
import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.archive.ObjectReader;
import io.cognitoanalyzer.normalize.Decoded;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Everything a bin of objects decodes to, in order, with one object open at a time. Both decode
 * passes walk their bin through this; they differ only in what they keep of it.
 */
final class ObjectItems implements Iterator<Decoded> {
  private final Iterator<ArchiveObject> pendingObjects;
  private final HadoopConf conf;
  private final boolean activityRows;
  private ObjectReader reader;

  /** {@code activityRows}: whether the readers build activity events (pass 1) or skip them (pass 2). */
  ObjectItems(List<ArchiveObject> objects, HadoopConf conf, boolean activityRows) {
    this.pendingObjects = objects.iterator();
    this.conf = conf;
    this.activityRows = activityRows;
  }

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
  public Decoded next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return reader.next();
  }

  private ObjectReader open(ArchiveObject object) {
    Path path = new Path(object.uri());
    return new ObjectReader(
        object.uri(),
        object.size(),
        object.hints(),
        () -> FileSystem.get(path.toUri(), conf.get()).open(path),
        activityRows);
  }
}
