package io.cognitoanalyzer.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CloudWatch Logs export tasks (notes §2c): {@code exportedlogs/<taskId>/<stream>/000000.gz},
 * gzip text whose lines are {@code <ingestion time, ISO-8601 ms Z> <record JSON>}, not sorted by
 * time. One export task per pool's log group, plus a second task over part of the first pool's
 * time range, which repeats those lines byte for byte (overlapping exports). The {@code
 * aws-logs-write-test} marker sits at the prefix root. Auth events and notifications both live
 * here, in separate streams.
 */
final class CwlExportLayout {
  static final String PREFIX = SampleLayouts.ROOT_PREFIX + "/exportedlogs";
  /** Lines per {@code NNNNNN.gz} chunk; CloudWatch splits large streams the same way. */
  static final int LINES_PER_CHUNK = 40;

  private final SampleRandom random;

  CwlExportLayout(SampleRandom random) {
    this.random = random;
  }

  /**
   * @param notifications notification records; the first must belong to the first pool, and the
   *     overlapping task is centred on it so that it is exported twice
   */
  void write(ArchiveSink sink, List<AuthEvent> events, List<RawRecord> notifications)
      throws IOException {
    sink.putOther(
        SampleLayouts.CWL_EXPORT,
        PREFIX + "/aws-logs-write-test",
        "Permission Check Successful".getBytes(UTF_8));

    List<Line> lines = new ArrayList<>();
    for (AuthEvent event : events) {
      for (RawRecord record : RawRecord.of(event)) {
        lines.add(line(record, event.pool().authEventsStream()));
      }
    }
    for (RawRecord record : notifications) {
      lines.add(line(record, Pool.byId(record.userPoolId()).notificationStream()));
    }

    for (Pool pool : Pool.ALL) {
      writeTask(sink, pool, lines, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    Pool first = Pool.ALL.get(0);
    long centre = notifications.get(0).timeMs();
    if (!notifications.get(0).userPoolId().equals(first.userPoolId())) {
      throw new IllegalArgumentException("first notification must belong to " + first.userPoolId());
    }
    writeTask(sink, first, lines, centre - 36 * 3_600_000L, centre + 36 * 3_600_000L);
  }

  /** One export task: the pool's lines whose ingestion time is in [from, to), per stream. */
  private void writeTask(ArchiveSink sink, Pool pool, List<Line> lines, long from, long to)
      throws IOException {
    String taskId = random.uuid();
    Map<String, List<Line>> byStream = new LinkedHashMap<>();
    byStream.put(pool.authEventsStream(), new ArrayList<>());
    byStream.put(pool.notificationStream(), new ArrayList<>());
    for (Line line : lines) {
      List<Line> stream = byStream.get(line.stream());
      if (stream != null && line.ingestedMs() >= from && line.ingestedMs() < to) {
        stream.add(line);
      }
    }
    for (Map.Entry<String, List<Line>> stream : byStream.entrySet()) {
      List<Line> streamLines = stream.getValue();
      streamLines.sort(Comparator.comparingLong(Line::ingestedMs));
      // "Time-based sorting ... inside an exported file is not guaranteed."
      random.jostle(streamLines, 0.25);
      for (int chunk = 0; chunk * LINES_PER_CHUNK < streamLines.size(); chunk++) {
        List<Line> part =
            streamLines.subList(
                chunk * LINES_PER_CHUNK,
                Math.min(streamLines.size(), (chunk + 1) * LINES_PER_CHUNK));
        StringBuilder text = new StringBuilder();
        List<RawRecord> records = new ArrayList<>();
        for (Line line : part) {
          text.append(line.text()).append('\n');
          records.add(line.record());
        }
        String key =
            PREFIX + "/" + taskId + "/" + stream.getKey() + "/"
                + String.format(Locale.ROOT, "%06d", chunk) + ".gz";
        sink.put(SampleLayouts.CWL_EXPORT, key, Gzip.member(text.toString().getBytes(UTF_8)), records);
      }
    }
  }

  private Line line(RawRecord record, String stream) {
    // CloudWatch's timestamp is the ingestion time, shortly after the event.
    long ingested = record.timeMs() + random.between(150L, 1_500L);
    return new Line(stream, ingested, SampleTimes.isoMillisZ(ingested) + " " + record.json(), record);
  }

  private record Line(String stream, long ingestedMs, String text, RawRecord record) {}
}
