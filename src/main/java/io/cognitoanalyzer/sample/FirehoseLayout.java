package io.cognitoanalyzer.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * Cognito to Firehose to S3 (notes §2b): objects under {@code firehose/YYYY/MM/dd/HH/} named
 * {@code <stream>-1-<yyyy-MM-dd-HH-mm-ss>-<uuid>[.gz]}, where the folder is the arrival time of
 * the oldest record, a little after the records' own times.
 *
 * <p>Framing varies per object, as it does with Firehose configuration: gzip or plain, records
 * concatenated without delimiter, {@code \n}-terminated, or (once) {@code \r\n}-terminated. One
 * object sits under a Hive-style {@code firehose-hive/year=/month=/day=/hour=/} prefix. Retries
 * show up as a record repeated in the same object and a record repeated in a later object.
 *
 * <p>Malformed objects, each once: a gzip object truncated mid-stream (its records are exact
 * duplicates of an intact object's, and are not counted), a zero-byte object, an object of
 * random bytes, and a {@code processing-failed/} Firehose error document.
 */
final class FirehoseLayout {
  static final String STREAM = "cognito-auth-events";

  private enum Framing {
    GZIP_NONE(true, ""),
    PLAIN_LF(false, "\n"),
    GZIP_LF(true, "\n"),
    PLAIN_CRLF(false, "\r\n"),
    PLAIN_NONE(false, "");

    final boolean gzip;
    final String delimiter;

    Framing(boolean gzip, String delimiter) {
      this.gzip = gzip;
      this.delimiter = delimiter;
    }
  }

  // Forced for the first objects so every framing occurs; CRLF only there (exactly once).
  private static final List<Framing> FIRST_FRAMINGS =
      List.of(Framing.GZIP_NONE, Framing.PLAIN_LF, Framing.GZIP_LF, Framing.PLAIN_CRLF,
          Framing.PLAIN_NONE);
  private static final List<Framing> LATER_FRAMINGS =
      List.of(Framing.GZIP_NONE, Framing.GZIP_LF, Framing.PLAIN_LF, Framing.PLAIN_NONE);

  private final SampleRandom random;
  private final AuthEventFactory factory;

  FirehoseLayout(SampleRandom random, AuthEventFactory factory) {
    this.random = random;
    this.factory = factory;
  }

  /**
   * @param events this layout's own events
   * @param alsoElsewhere events written in another layout too; their records are repeated here
   *     byte for byte
   */
  void write(ArchiveSink sink, List<AuthEvent> events, List<AuthEvent> alsoElsewhere)
      throws IOException {
    List<RawRecord> records = new ArrayList<>();
    events.forEach(e -> records.addAll(RawRecord.of(e)));
    alsoElsewhere.forEach(e -> records.addAll(RawRecord.of(e)));
    records.sort(Comparator.comparingLong(RawRecord::timeMs));

    List<List<RawRecord>> batches = batches(records);
    if (batches.size() < FIRST_FRAMINGS.size() + 2) {
      throw new IllegalArgumentException(
          "too few firehose records for every framing variant: " + records.size());
    }
    // Retries: a record twice in one object, and a record of one object again in a later one.
    List<RawRecord> b0 = batches.get(0);
    b0.add(b0.get(0));
    batches.get(2).add(batches.get(1).get(0));

    for (int i = 0; i < batches.size(); i++) {
      Framing framing = i < FIRST_FRAMINGS.size() ? FIRST_FRAMINGS.get(i) : random.pick(LATER_FRAMINGS);
      boolean hive = i == FIRST_FRAMINGS.size();
      if (hive) {
        framing = Framing.GZIP_LF;
      }
      List<RawRecord> batch = batches.get(i);
      long arrival = batch.get(0).timeMs() + random.between(20_000L, 240_000L);
      String folders = hive ? SampleTimes.hiveFolders(arrival) : SampleTimes.hourFolders(arrival);
      String prefix = SampleLayouts.ROOT_PREFIX + (hive ? "/firehose-hive/" : "/firehose/");
      String key = prefix + folders + "/" + objectName(arrival) + (framing.gzip ? ".gz" : "");
      byte[] text = join(batch, framing.delimiter);
      sink.put(SampleLayouts.FIREHOSE, key, framing.gzip ? Gzip.member(text) : text, batch);
    }
    writeMalformed(sink, batches.get(0));
  }

  private void writeMalformed(ArchiveSink sink, List<RawRecord> intactBatch) throws IOException {
    long when = intactBatch.get(0).timeMs() + 300_000;

    // Records of an intact object (cycled if it is short), so the cut changes no distinct count.
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < 2 * SampleArchive.TRUNCATED_GZIP_WHOLE_RECORDS; i++) {
      parts.add((intactBatch.get(i % intactBatch.size()).json() + "\n").getBytes(UTF_8));
    }
    sink.putMalformedObject(
        SampleLayouts.FIREHOSE,
        SampleLayouts.ROOT_PREFIX + "/firehose/" + SampleTimes.hourFolders(when) + "/"
            + objectName(when) + ".gz",
        Gzip.truncatedMember(parts, SampleArchive.TRUNCATED_GZIP_WHOLE_RECORDS),
        MalformedReasons.TRUNCATED_GZIP);

    long emptyAt = when + 3_600_000;
    sink.putMalformedObject(
        SampleLayouts.FIREHOSE,
        SampleLayouts.ROOT_PREFIX + "/firehose/" + SampleTimes.hourFolders(emptyAt) + "/"
            + objectName(emptyAt),
        new byte[0],
        MalformedReasons.EMPTY_OBJECT);

    long binaryAt = when + 2 * 3_600_000;
    byte[] binary = new byte[512];
    random.nextBytes(binary);
    // A fixed start that is neither gzip magic nor text.
    binary[0] = 0x00;
    binary[1] = 0x01;
    binary[2] = (byte) 0xFE;
    sink.putMalformedObject(
        SampleLayouts.FIREHOSE,
        SampleLayouts.ROOT_PREFIX + "/firehose/" + SampleTimes.hourFolders(binaryAt) + "/"
            + objectName(binaryAt),
        binary,
        MalformedReasons.BINARY_OBJECT);

    AuthEvent failed = factory.fresh();
    long arrival = failed.finalMs() + 5_000;
    String raw = CognitoRecords.activity(failed, failed.finalResponse(), failed.finalMs()) + "\n";
    Pool pool = failed.pool();
    var error = Json.object();
    error.put("attemptsMade", 4);
    error.put("arrivalTimestamp", arrival);
    error.put("errorCode", "Lambda.FunctionError");
    error.put(
        "errorMessage",
        "The Lambda function was successfully invoked but it returned an error result.");
    error.put("attemptEndingTimestamp", arrival + 65_000);
    error.put("rawData", Base64.getEncoder().encodeToString(raw.getBytes(UTF_8)));
    error.put(
        "lambdaArn",
        "arn:aws:lambda:" + pool.region() + ":" + pool.accountId()
            + ":function:cognito-log-enricher:$LATEST");
    sink.putMalformedObject(
        SampleLayouts.FIREHOSE,
        SampleLayouts.ROOT_PREFIX + "/firehose/processing-failed/"
            + SampleTimes.hourFolders(arrival) + "/" + objectName(arrival + 65_000),
        (Json.compact(error) + "\n").getBytes(UTF_8),
        MalformedReasons.FIREHOSE_ERROR_RECORD);
  }

  /** Consecutive records in buffers of varying size; about 14 buffers or more, never fewer than 9. */
  private List<List<RawRecord>> batches(List<RawRecord> records) {
    int typical = Math.max(1, Math.min(12, records.size() / 14));
    List<List<RawRecord>> out = new ArrayList<>();
    int i = 0;
    while (i < records.size()) {
      int size = random.between(Math.max(1, typical / 2), typical + typical / 2 + 1);
      int end = Math.min(records.size(), i + size);
      out.add(new ArrayList<>(records.subList(i, end)));
      i = end;
    }
    return out;
  }

  /** {@code <stream>-1-<yyyy-MM-dd-HH-mm-ss>-<uuid>}; the file time is the buffer flush time. */
  private String objectName(long arrival) {
    long flushed = arrival + random.between(30_000L, 300_000L);
    return STREAM + "-1-" + SampleTimes.firehoseSuffix(flushed) + "-" + random.uuid();
  }

  private static byte[] join(List<RawRecord> records, String delimiter) {
    StringBuilder text = new StringBuilder();
    for (RawRecord record : records) {
      text.append(record.json()).append(delimiter);
    }
    return text.toString().getBytes(UTF_8);
  }
}
