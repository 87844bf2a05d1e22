package io.cognitoanalyzer.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes objects under the archive root and counts, at the moment of writing, what each object
 * holds. Counting here (rather than in the layouts' planning) keeps the summary equal to what is
 * on disk.
 */
final class ArchiveSink {
  private final Path root;
  private final Set<String> keys = new HashSet<>();
  private final Set<String> activityEvents = new HashSet<>();
  private final Set<String> notifications = new HashSet<>();
  private final Map<String, Long> objects = new LinkedHashMap<>();
  private final Map<String, Long> malformed = new LinkedHashMap<>();
  private long activityRecords;
  private long notificationRecords;

  ArchiveSink(Path root) {
    this.root = root;
    SampleLayouts.ALL.forEach(layout -> objects.put(layout, 0L));
    MalformedReasons.ALL.forEach(reason -> malformed.put(reason, 0L));
  }

  /**
   * Writes one object and counts every record in {@code records} (which must be exactly the
   * records readable from {@code bytes}, duplicates included).
   *
   * @param key '/'-separated key relative to the root; must be new
   */
  void put(String layout, String key, byte[] bytes, Collection<RawRecord> records)
      throws IOException {
    write(layout, key, bytes);
    for (RawRecord record : records) {
      switch (record.kind()) {
        case ACTIVITY -> countActivity(record.identity());
        case NOTIFICATION -> {
          notificationRecords++;
          notifications.add(record.identity());
        }
        case MALFORMED -> countMalformed(record.identity());
      }
    }
  }

  /** Writes an object a reader must quarantine as a whole with {@code reason}. */
  void putMalformedObject(String layout, String key, byte[] bytes, String reason)
      throws IOException {
    write(layout, key, bytes);
    countMalformed(reason);
  }

  /** Writes an object that holds no records and is not an error either (a marker). */
  void putOther(String layout, String key, byte[] bytes) throws IOException {
    write(layout, key, bytes);
  }

  /** Counts one activity record that is not a {@link RawRecord} (API dump entries). */
  void countActivity(String userPoolId, String eventId) {
    countActivity(RawRecord.activityIdentity(userPoolId, eventId));
  }

  SampleSummary summary() {
    malformed.values().removeIf(count -> count == 0);
    return new SampleSummary(
        activityEvents.size(),
        activityRecords,
        notificationRecords,
        notifications.size(),
        objects,
        malformed);
  }

  private void countActivity(String identity) {
    activityRecords++;
    activityEvents.add(identity);
  }

  private void countMalformed(String reason) {
    if (!malformed.containsKey(reason)) {
      throw new IllegalArgumentException("unknown malformed reason: " + reason);
    }
    malformed.merge(reason, 1L, Long::sum);
  }

  private void write(String layout, String key, byte[] bytes) throws IOException {
    if (!objects.containsKey(layout)) {
      throw new IllegalArgumentException("unknown layout: " + layout);
    }
    if (key.startsWith("/") || key.contains("..") || key.endsWith("/")) {
      throw new IllegalArgumentException("key must be relative and name a file, got " + key);
    }
    // A collision would silently replace an object and make the counts wrong.
    if (!keys.add(key)) {
      throw new IllegalStateException("object written twice: " + key);
    }
    Path file = root;
    for (String segment : key.split("/", -1)) {
      file = file.resolve(segment);
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    objects.merge(layout, 1L, Long::sum);
  }
}
