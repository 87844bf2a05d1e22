package io.cognitoanalyzer.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a small but complete synthetic archive of Cognito user-pool logs: the five S3 layouts
 * side by side under {@code amazon_cognito/}, with every known quirk and one instance of each
 * malformed case (see {@link MalformedReasons}).
 *
 * <p>Three pools in two accounts, 40 users per pool, ten days from 2026-03-01 UTC. The export
 * layouts share the auth events (about 40% native S3, 25% Firehose, 20% export tasks, 15%
 * subscription); a few native-S3 events are repeated byte for byte in Firehose. The API dumps
 * hold their own small set of events. Notification errors exist only in the two CloudWatch
 * layouts.
 *
 * <p>The output depends only on {@code events} and {@code seed}: same arguments, byte-identical
 * files (no clock, no host zone, locale or charset).
 */
public final class SampleArchive {
  /** Smallest {@code events} for which every quirk and malformed case is present. */
  public static final int MIN_EVENTS = 100;

  /**
   * Whole records a reader can still decompress from the truncated gzip object before the stream
   * ends. They are exact duplicates of records written intact elsewhere and are <em>not</em> in
   * {@link SampleSummary#activityRecords()}: a reader that keeps records before a cut sees this
   * many more raw activity records, and the same distinct events.
   */
  public static final int TRUNCATED_GZIP_WHOLE_RECORDS = 2;

  private SampleArchive() {}

  /**
   * Writes the archive under {@code outDir} (created if missing; existing files with the same
   * names are overwritten, others are left alone).
   *
   * @param events distinct auth events to write, at least {@link #MIN_EVENTS}; {@link
   *     SampleSummary#activityEvents()} equals it
   * @param seed the random seed
   * @return what was written, counted while writing
   * @throws IllegalArgumentException if {@code events} is below {@link #MIN_EVENTS}
   */
  public static SampleSummary write(Path outDir, int events, long seed) throws IOException {
    Objects.requireNonNull(outDir, "outDir");
    if (events < MIN_EVENTS) {
      throw new IllegalArgumentException(
          "events must be at least " + MIN_EVENTS + " so every quirk fits, got " + events);
    }
    Files.createDirectories(outDir);
    SampleRandom random = new SampleRandom(seed);
    // One independent stream per part: tuning one part leaves the others' output unchanged.
    AuthEventFactory factory = new AuthEventFactory(random.split());
    SampleRandom styles = random.split();

    int dumpEvents = ApiDumpLayout.eventCount(events);
    List<AuthEvent> all = factory.events(events - dumpEvents);
    int n = all.size();
    int vendedEnd = n * 40 / 100;
    int firehoseEnd = vendedEnd + n * 25 / 100;
    int exportEnd = firehoseEnd + n * 20 / 100;

    List<AuthEvent> vended =
        new ArrayList<>(factory.styled(all.subList(0, vendedEnd), true));
    // The pair straddling midnight: InProgress in one day's file, the final state in the next.
    int straddler = vended.size() - 1;
    AuthEvent late = vended.get(straddler);
    // Its eventTimestamps must be readable, or the two states could not be told apart in time.
    late = late.withStyle(late.style().withTimestamp(RecordStyle.Timestamp.STRING));
    vended.set(straddler, AuthEventFactory.straddlingMidnight(late, 4));
    List<AuthEvent> firehose = factory.styled(all.subList(vendedEnd, firehoseEnd), true);
    List<AuthEvent> export = factory.styled(all.subList(firehoseEnd, exportEnd), false);
    List<AuthEvent> subscription = factory.styled(all.subList(exportEnd, n), false);
    // Same records in two layouts, as when a pool's delivery was switched and both copies kept.
    List<AuthEvent> alsoInFirehose = vended.subList(0, Math.max(2, vended.size() / 50));

    List<RawRecord> notifications =
        Notifications.generate(random.split(), Math.max(Notifications.MIN_COUNT, events / 25));
    int notificationsInExport = (notifications.size() * 3 + 4) / 5;

    ArchiveSink sink = new ArchiveSink(outDir);
    new VendedS3Layout(random.split(), factory).write(sink, vended);
    new FirehoseLayout(random.split(), factory).write(sink, firehose, alsoInFirehose);
    new CwlExportLayout(random.split())
        .write(sink, export, notifications.subList(0, notificationsInExport));
    new CwlSubscriptionLayout(random.split(), factory)
        .write(sink, subscription, notifications.subList(notificationsInExport, notifications.size()));
    new ApiDumpLayout(random.split(), factory).write(sink, dumpEvents);
    return sink.summary();
  }
}
