package io.cognitoanalyzer.table;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What one ingest run read and wrote: {@code _runs/<run_id>.json}. Every raw record is accounted
 * for: {@code records_read = activity_records + notification_records + quarantined_records}, and
 * activity_records = rows written + exact duplicates + states folded + records of events outside
 * the window or pool filter.
 */
@JsonPropertyOrder(alphabetic = false)
public record RunManifest(
    String runId,
    String startedAt,
    String finishedAt,
    String toolVersion,
    String sparkVersion,
    List<String> inputs,
    String table,
    String from,
    String to,
    List<String> pools,
    Inputs inputsRead,
    long recordsRead,
    long activityRecords,
    long notificationRecords,
    long quarantinedRecords,
    long quarantinedObjects,
    long exactDuplicatesDropped,
    long statesFolded,
    long notificationDuplicatesDropped,
    long controlMessagesSkipped,
    long activityEventsOutsideFilter,
    long activityRecordsOutsideFilter,
    long notificationsOutsideFilter,
    Map<String, Long> rowsWritten,
    SortedMap<String, Long> quarantinedByReason,
    List<String> partitionsWritten) {

  /**
   * Objects and bytes read, in total and per detected layout.
   *
   * @param markersSkipped aws-logs-write-test objects
   * @param outsideWindow objects not read because their key date is outside the window
   */
  public record Inputs(
      long objects,
      long bytes,
      long markersSkipped,
      long outsideWindow,
      SortedMap<String, Layout> perLayout) {}

  /** One layout's share of the input. */
  public record Layout(long objects, long bytes, long records) {}

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException("a manifest always serializes", e);
    }
  }

  public static RunManifest fromJson(String json) throws IOException {
    return JSON.readValue(json, RunManifest.class);
  }

  /** Writes {@code <table>/_runs/<run_id>.json}. */
  public Path write(Configuration conf) throws IOException {
    Path path = new Path(new Path(table, TableSchemas.RUNS_DIR), runId + ".json");
    FileSystem fs = path.getFileSystem(conf);
    try (OutputStream out = fs.create(path, false)) {
      out.write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return path;
  }

  /** The terminal summary: the same figures as the manifest, one per line. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    line(out, "run", runId);
    line(out, "objects read", "%,d (%,d bytes); markers skipped %,d; outside window %,d", inputsRead.objects(), inputsRead.bytes(), inputsRead.markersSkipped(), inputsRead.outsideWindow());
    inputsRead.perLayout().forEach((layout, l) -> line(out, "  " + layout, "%,d objects, %,d bytes, %,d records", l.objects(), l.bytes(), l.records()));
    line(out, "records read", "%,d (activity %,d, notification %,d, quarantined %,d)", recordsRead, activityRecords, notificationRecords, quarantinedRecords);
    line(out, "folded", "%,d exact duplicates, %,d earlier states, %,d duplicate notifications", exactDuplicatesDropped, statesFolded, notificationDuplicatesDropped);
    line(out, "outside --from/--to/--pools", "%,d events (%,d records), %,d notifications", activityEventsOutsideFilter, activityRecordsOutsideFilter, notificationsOutsideFilter);
    line(out, "control messages skipped", "%,d", controlMessagesSkipped);
    rowsWritten.forEach((t, n) -> line(out, "rows written: " + t, "%,d", n));
    line(out, "quarantined objects", "%,d", quarantinedObjects);
    quarantinedByReason.forEach((r, n) -> line(out, "  quarantine: " + r, "%,d", n));
    line(out, "partitions written", "%,d", partitionsWritten.size());
    line(out, "versions", "cognito-analyzer %s, Spark %s", toolVersion, sparkVersion);
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String format, Object... args) {
    out.append(String.format(Locale.ROOT, "%-30s ", label + ":")).append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
