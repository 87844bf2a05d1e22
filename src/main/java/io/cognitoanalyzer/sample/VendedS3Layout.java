package io.cognitoanalyzer.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cognito's native S3 delivery (notes §2a): one gzip NDJSON object per pool per UTC day under
 * {@code AWSLogs/<acct>/AWSCognitoServiceLogs/<region>/<pool>/USER_AUTH_EVENTS/}, the last line
 * without a newline, records roughly but not strictly in time order.
 *
 * <p>Also carries, each once: a line repeated within one object, a line cut mid-record ({@code
 * malformed_json}), a record without any event time ({@code missing_event_time}) and one from an
 * unknown event source ({@code unknown_event_source}). The malformed ones use fresh event ids
 * that appear nowhere else.
 */
final class VendedS3Layout {
  private final SampleRandom random;
  private final AuthEventFactory factory;

  VendedS3Layout(SampleRandom random, AuthEventFactory factory) {
    this.random = random;
    this.factory = factory;
  }

  void write(ArchiveSink sink, List<AuthEvent> events) throws IOException {
    // pool index -> day -> records; TreeMaps keep the write order independent of hashing.
    Map<Integer, TreeMap<LocalDate, List<RawRecord>>> files = new TreeMap<>();
    for (AuthEvent event : events) {
      for (RawRecord record : RawRecord.of(event)) {
        files
            .computeIfAbsent(Pool.ALL.indexOf(event.pool()), k -> new TreeMap<>())
            .computeIfAbsent(SampleTimes.utcDate(record.timeMs()), k -> new ArrayList<>())
            .add(record);
      }
    }
    List<List<RawRecord>> all = new ArrayList<>();
    files.values().forEach(byDay -> all.addAll(byDay.values()));
    all.forEach(records -> records.sort(Comparator.comparingLong(RawRecord::timeMs)));
    all.forEach(records -> random.jostle(records, 0.1));

    // The quirky additions go into the largest files, so each has good records around it.
    List<List<RawRecord>> bySize = new ArrayList<>(all);
    bySize.sort(Comparator.comparingInt((List<RawRecord> r) -> r.size()).reversed());
    List<RawRecord> first = bySize.get(0);
    List<RawRecord> second = bySize.get(Math.min(1, bySize.size() - 1));
    List<RawRecord> third = bySize.get(Math.min(2, bySize.size() - 1));
    // A delivery retry: the same line twice in one object.
    first.add(first.size() - 1, first.get(first.size() / 3));
    insertMalformed(first, CognitoRecords::cutShort, MalformedReasons.MALFORMED_JSON);
    insertMalformed(second, CognitoRecords::withoutEventTime, MalformedReasons.MISSING_EVENT_TIME);
    insertMalformed(third, CognitoRecords::unknownSource, MalformedReasons.UNKNOWN_EVENT_SOURCE);

    for (Map.Entry<Integer, TreeMap<LocalDate, List<RawRecord>>> byPool : files.entrySet()) {
      Pool pool = Pool.ALL.get(byPool.getKey());
      // Our guess at the key's UUID: a delivery id, constant per pool.
      String deliveryId = random.uuid();
      for (Map.Entry<LocalDate, List<RawRecord>> day : byPool.getValue().entrySet()) {
        List<RawRecord> records = day.getValue();
        String date = SampleTimes.basicDate(day.getKey());
        sink.put(SampleLayouts.VENDED_S3, key(pool, deliveryId, date), body(records), records);
      }
    }
  }

  /** Records joined by {@code \n}, no newline after the last one, gzipped. */
  private static byte[] body(List<RawRecord> records) {
    StringBuilder text = new StringBuilder();
    for (RawRecord record : records) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(record.json());
    }
    return Gzip.member(text.toString().getBytes(UTF_8));
  }

  private String key(Pool pool, String deliveryId, String yyyymmdd) {
    String acct = pool.accountId();
    String region = pool.region();
    String id = pool.userPoolId();
    return SampleLayouts.ROOT_PREFIX + "/AWSLogs/" + acct + "/AWSCognitoServiceLogs/" + region + "/"
        + id + "/USER_AUTH_EVENTS/" + acct + "_aws_cognito_service_logs_" + region + "_" + id
        + "_userAuthEvents_INFO_S3_" + deliveryId + "_cognito-" + id + "_USER_AUTH_EVENTS_"
        + yyyymmdd + "_" + random.hex(8) + ".log.gz";
  }

  /** Puts a malformed record, made from a fresh event, in the middle of {@code file}. */
  private void insertMalformed(
      List<RawRecord> file, java.util.function.Function<AuthEvent, String> render, String reason) {
    AuthEvent event = factory.fresh();
    file.add(
        file.size() / 2,
        RawRecord.malformed(render.apply(event), event.pool().userPoolId(), reason, event.finalMs()));
  }
}
