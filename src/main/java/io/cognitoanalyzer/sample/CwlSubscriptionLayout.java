package io.cognitoanalyzer.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CloudWatch Logs subscription filter to Firehose to S3 (notes §2d): extension-less objects under
 * {@code cwl-firehose/YYYY/MM/dd/HH/}, each the byte concatenation of independent gzip members,
 * each member one {@code DATA_MESSAGE} envelope whose {@code logEvents[].message} is the Cognito
 * record as a JSON string.
 *
 * <p>Variants, each once: a {@code CONTROL_MESSAGE} member (no records), an object Firehose had
 * decompressed (plain envelopes back to back), an object gzipped again by Firehose (gzip around
 * concatenated members), an envelope re-delivered in a later object (same log-event ids, so its
 * records are exact duplicates), and a log event whose message is not JSON ({@code
 * malformed_json}).
 */
final class CwlSubscriptionLayout {
  static final String PREFIX = SampleLayouts.ROOT_PREFIX + "/cwl-firehose/";
  static final String STREAM = "cognito-cwl-to-s3";
  static final String FILTER = "cognito-to-firehose";

  private enum Packing {
    GZIP_MEMBERS,
    PLAIN,
    GZIP_IN_GZIP
  }

  private final SampleRandom random;
  private final AuthEventFactory factory;

  CwlSubscriptionLayout(SampleRandom random, AuthEventFactory factory) {
    this.random = random;
    this.factory = factory;
  }

  void write(ArchiveSink sink, List<AuthEvent> events, List<RawRecord> notifications)
      throws IOException {
    List<Envelope> envelopes = new ArrayList<>();
    for (Pool pool : Pool.ALL) {
      List<LogEvent> auth = new ArrayList<>();
      for (AuthEvent event : events) {
        if (event.pool().equals(pool)) {
          RawRecord.of(event).forEach(r -> auth.add(logEvent(r)));
        }
      }
      envelopes.addAll(envelopes(pool, pool.authEventsStream(), auth));
      List<LogEvent> notes = new ArrayList<>();
      notifications.stream()
          .filter(r -> r.userPoolId().equals(pool.userPoolId()))
          .forEach(r -> notes.add(logEvent(r)));
      envelopes.addAll(envelopes(pool, pool.notificationStream(), notes));
    }
    envelopes.sort(Comparator.comparingLong(Envelope::firstTimestamp));
    if (envelopes.size() < 4) {
      throw new IllegalArgumentException(
          "too few subscription envelopes for every variant: " + envelopes.size());
    }

    // A log event whose message is not JSON, in an envelope that is not re-delivered below.
    Envelope carrier = envelopes.get(1);
    AuthEvent victim = factory.fresh(carrier.pool());
    carrier.events().add(
        logEvent(
            RawRecord.malformed(
                CognitoRecords.cutShort(victim),
                carrier.pool().userPoolId(),
                MalformedReasons.MALFORMED_JSON,
                carrier.firstTimestamp())));

    List<List<Envelope>> objects = groups(envelopes);
    // Re-delivery after a throttled attempt: the first envelope again, in the last object.
    objects.get(objects.size() - 1).add(envelopes.get(0));

    for (int i = 0; i < objects.size(); i++) {
      List<Envelope> members = objects.get(i);
      Packing packing = i == 1 ? Packing.PLAIN : i == 2 ? Packing.GZIP_IN_GZIP : Packing.GZIP_MEMBERS;
      List<String> texts = new ArrayList<>();
      List<RawRecord> records = new ArrayList<>();
      long first = members.get(0).firstTimestamp();
      if (i == 0) {
        texts.add(controlMessage(first - 60_000));
      }
      for (Envelope envelope : members) {
        texts.add(envelope.json());
        envelope.events().forEach(e -> records.add(e.record()));
      }
      long arrival = first + random.between(10_000L, 120_000L);
      String key =
          PREFIX + SampleTimes.hourFolders(arrival) + "/" + STREAM + "-1-"
              + SampleTimes.firehoseSuffix(arrival + random.between(60_000L, 300_000L)) + "-"
              + random.uuid();
      sink.put(SampleLayouts.CWL_SUBSCRIPTION, key, pack(texts, packing), records);
    }
  }

  private static byte[] pack(List<String> envelopes, Packing packing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String envelope : envelopes) {
      byte[] bytes = envelope.getBytes(UTF_8);
      out.writeBytes(packing == Packing.PLAIN ? bytes : Gzip.member(bytes));
    }
    return packing == Packing.GZIP_IN_GZIP ? Gzip.member(out.toByteArray()) : out.toByteArray();
  }

  /** At least four objects of about three envelopes each, consecutive in time. */
  private static List<List<Envelope>> groups(List<Envelope> envelopes) {
    int count = Math.max(4, (envelopes.size() + 2) / 3);
    List<List<Envelope>> out = new ArrayList<>();
    for (int g = 0; g < count; g++) {
      int from = g * envelopes.size() / count;
      int to = (g + 1) * envelopes.size() / count;
      out.add(new ArrayList<>(envelopes.subList(from, to)));
    }
    return out;
  }

  /** CloudWatch batches a stream's events: consecutive runs of one to three. */
  private List<Envelope> envelopes(Pool pool, String stream, List<LogEvent> events) {
    events.sort(Comparator.comparingLong(LogEvent::timestamp));
    List<Envelope> out = new ArrayList<>();
    int i = 0;
    while (i < events.size()) {
      int end = Math.min(events.size(), i + random.between(1, 4));
      out.add(new Envelope(pool, stream, new ArrayList<>(events.subList(i, end))));
      i = end;
    }
    return out;
  }

  private LogEvent logEvent(RawRecord record) {
    // CloudWatch's event timestamp is the ingestion time; the id is a 56-digit string.
    return new LogEvent(random.digits(56), record.timeMs() + random.between(150L, 1_500L), record);
  }

  private static String controlMessage(long timestamp) {
    ObjectNode node = Json.object();
    node.put("messageType", "CONTROL_MESSAGE");
    node.put("owner", "CloudwatchLogs");
    node.put("logGroup", "");
    node.put("logStream", "");
    node.putArray("subscriptionFilters");
    ObjectNode event = node.putArray("logEvents").addObject();
    event.put("id", "");
    event.put("timestamp", timestamp);
    event.put("message", "CWL CONTROL MESSAGE: Checking health of destination Firehose.");
    return Json.compact(node);
  }

  private record LogEvent(String id, long timestamp, RawRecord record) {}

  private record Envelope(Pool pool, String stream, List<LogEvent> events) {
    long firstTimestamp() {
      return events.get(0).timestamp();
    }

    String json() {
      ObjectNode node = Json.object();
      node.put("messageType", "DATA_MESSAGE");
      node.put("owner", pool.accountId());
      node.put("logGroup", pool.logGroup());
      node.put("logStream", stream);
      node.putArray("subscriptionFilters").add(FILTER);
      ArrayNode logEvents = node.putArray("logEvents");
      for (LogEvent event : events) {
        ObjectNode e = logEvents.addObject();
        e.put("id", event.id());
        e.put("timestamp", event.timestamp());
        e.put("message", event.record().json());
      }
      return Json.compact(node);
    }
  }
}
