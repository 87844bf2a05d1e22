package io.cognitoanalyzer.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Creates the single files a report run writes (CSV, HTML) on any Hadoop file system. */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Opens {@code path} for writing, replacing any file there. On the local file system the write
   * skips Hadoop's checksum side file, so that a folder of reports holds no {@code .x.csv.crc}
   * files next to what people open.
   */
  static OutputStream create(Configuration conf, Path path) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    if (fs instanceof ChecksumFileSystem checksummed) {
      FileSystem raw = checksummed.getRawFileSystem();
      Path qualified = raw.makeQualified(path);
      checksummed.delete(qualified, false); // also removes a stale .crc from an earlier writer
      return raw.create(qualified, true);
    }
    return fs.create(path, true);
  }
}
