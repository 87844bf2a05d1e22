package io.cognitoanalyzer.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link SampleArchive#write} actually wrote, counted while writing.
 *
 * @param activityEvents distinct (user pool id, event id) auth events in valid records, over all
 *     layouts; each may appear in several raw records (InProgress and final state, duplicates)
 * @param activityRecords valid raw auth-event records written over all layouts, including exact
 *     duplicates and InProgress states; excludes malformed records and the records inside the
 *     truncated gzip object (which are all exact duplicates of records written intact elsewhere)
 * @param notificationRecords raw USER_NOTIFICATION records written, including duplicates
 * @param distinctNotifications distinct (user pool id, eventTimestamp ms, details) notifications
 * @param objectsPerLayout number of files written under each layout's tree, keyed by the {@link
 *     SampleLayouts} names; includes marker, error, empty and binary objects, so the values add up
 *     to the number of files under the output directory
 * @param malformedByReason expected quarantine count per {@link MalformedReasons} code
 */
public record SampleSummary(
    long activityEvents,
    long activityRecords,
    long notificationRecords,
    long distinctNotifications,
    Map<String, Long> objectsPerLayout,
    Map<String, Long> malformedByReason) {

  public SampleSummary {
    // Copies keep the summary immutable; Map.copyOf would lose the deliberate key order.
    objectsPerLayout =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(objectsPerLayout)));
    malformedByReason =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(malformedByReason)));
  }

  /** Total malformed items over all reasons. */
  public long malformedTotal() {
    return malformedByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
