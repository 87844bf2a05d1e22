package io.cognitoanalyzer.sample;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's input: a large archive in the native (vended S3) layout only, written as a
 * stream so that memory stays constant for any record count.
 *
 * <p>Records are spread evenly over three pools and 30 days from 2026-03-01 UTC, each about 800
 * bytes of JSON like the real sample. About half of the auth events get an InProgress record
 * followed (within a few lines) by a Pass or Fail record with the same eventId and a later
 * eventTimestamp; about 3% of lines are exact copies of a recent line, sometimes in the previous
 * file. No malformed records: the benchmark measures the happy path.
 */
public final class NativeBenchArchive {
  /** Lines per gzip file (the last file of each pool holds the remainder). */
  public static final int RECORDS_PER_FILE = 50_000;
  /** Share of lines that repeat an earlier line exactly. */
  public static final double DUPLICATE_RATE = 0.03;
  /** Share of new auth events that get an InProgress record before their final record. */
  public static final double PAIRED_RATE = 0.5;

  static final long START_MS = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
  static final long SPAN_MS = 30L * 24 * 3600 * 1000;

  private NativeBenchArchive() {}

  /**
   * Writes {@code events} native-layout records for the benchmark: gzip NDJSON files of about
   * 50,000 records each, under {@code outDir/AWSLogs/<acct>/AWSCognitoServiceLogs/<region>/
   * <pool>/USER_AUTH_EVENTS/}, with InProgress+final pairs and about 3% exact duplicate lines.
   * Deterministic for a given seed. Streams: constant memory whatever the count. The three
   * pools are written on three threads.
   *
   * @param records lines to write over all files (InProgress, final and duplicate lines all
   *     count); 0 writes nothing
   * @return the number of records (lines) written, equal to {@code records}
   * @throws IllegalArgumentException if {@code records} is negative
   */
  public static long write(Path outDir, long records, long seed) throws IOException {
    Objects.requireNonNull(outDir, "outDir");
    if (records < 0) {
      throw new IllegalArgumentException("records must not be negative, got " + records);
    }
    Files.createDirectories(outDir);
    SampleRandom random = new SampleRandom(seed);
    int pools = Pool.ALL.size();
    // Each pool's stream gets its own generator, split here in a fixed order, so running the
    // pools on parallel threads changes nothing in the output.
    List<Callable<Long>> streams = new ArrayList<>();
    for (int p = 0; p < pools; p++) {
      long share = records / pools + (p < records % pools ? 1 : 0);
      BenchPoolStream stream = new BenchPoolStream(Pool.ALL.get(p), random.split(), outDir);
      streams.add(() -> stream.write(share));
    }
    ExecutorService executor = Executors.newFixedThreadPool(pools);
    try {
      long written = 0;
      for (Future<Long> done : executor.invokeAll(streams)) {
        written += done.get();
      }
      return written;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the bench archive");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("bench archive writer failed", e.getCause());
    } finally {
      executor.shutdownNow();
    }
  }
}
