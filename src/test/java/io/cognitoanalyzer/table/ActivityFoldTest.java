package io.cognitoanalyzer.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.normalize.ActivityEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fold's winner order and counts, whatever order the shuffle delivers the records in. */
class ActivityFoldTest {
  private static final String FIRST_OBJECT = "s3a://bucket/amazon_cognito/a/1.log.gz";
  private static final String SECOND_OBJECT = "s3a://bucket/amazon_cognito/b/1.log.gz";

  @Test
  void aTerminalResponseWinsOverALaterInProgress() {
    ActivityEvent inProgress = event("e1", "InProgress", "2026-03-01T10:00:05Z", FIRST_OBJECT, 0);
    ActivityEvent pass = event("e1", "Pass", "2026-03-01T10:00:00Z", FIRST_OBJECT, 100);
    for (Folded f : inBothOrders(inProgress, pass)) {
      assertThat(f.winnerResponses()).containsExactly("Pass");
      assertThat(f.folded.records()).isEqualTo(2);
      assertThat(f.folded.events()).isEqualTo(1);
      assertThat(f.folded.exactDuplicates()).isZero();
    }
  }

  /**
   * Identical records in two objects: one row, one exact duplicate, and the row names the object
   * whose URI sorts first, as an ordered window over source_object would.
   */
  @Test
  void identicalRecordsFoldIntoTheOneFromTheFirstObject() {
    ActivityEvent inSecond = event("e1", "Pass", "2026-03-01T10:00:00Z", SECOND_OBJECT, 0);
    ActivityEvent inFirst = event("e1", "Pass", "2026-03-01T10:00:00Z", FIRST_OBJECT, 500);
    for (Folded f : inBothOrders(inSecond, inFirst)) {
      assertThat(f.winnerObjects()).containsExactly(FIRST_OBJECT);
      assertThat(f.folded.exactDuplicates()).isEqualTo(1);
    }
  }

  @Test
  void exactDuplicatesAreCountedPerGroupAndGroupsStaySeparate() {
    List<ActivityEvent> events = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      events.add(event("e1", "Pass", "2026-03-01T10:00:00Z", FIRST_OBJECT, copy * 100L));
      events.add(event("e2", "Fail", "2026-03-02T10:00:00Z", SECOND_OBJECT, copy * 100L));
    }
    events.add(event("e2", "InProgress", "2026-03-02T09:59:59Z", SECOND_OBJECT, 900));
    Collections.shuffle(events, new java.util.Random(7));
    Folded f = fold(events);
    assertThat(f.folded.records()).isEqualTo(7);
    assertThat(f.folded.events()).isEqualTo(2);
    assertThat(f.folded.exactDuplicates()).isEqualTo(4);
    assertThat(f.folded.partitions()).extracting(ActivityFold.TablePartition::epochDay).containsExactly(20513, 20514);
    assertThat(f.winnerResponses()).containsExactly("Pass", "Fail");
  }

  private record Folded(ActivityFold.Folded folded, ObjectIndex objects) {
    List<ActivityFold.Group> winners() {
      return folded.partitions().stream().flatMap(p -> p.winners().stream()).toList();
    }

    List<String> winnerObjects() {
      return winners().stream().map(g -> objects.uri(ActivityRecord.objectNumber(g.winner, ActivityRecord.keyEnd(g.winner)))).toList();
    }

    /** event_response: the second string after the object number. */
    List<String> winnerResponses() {
      return winners().stream()
          .map(
              g -> {
                int eventType = ActivityRecord.keyEnd(g.winner) + 4;
                int response = ActivityRecord.skipString(g.winner, eventType);
                return new String(g.winner, response + 4, ActivityRecord.stringLength(g.winner, response), java.nio.charset.StandardCharsets.UTF_8);
              })
          .toList();
    }
  }

  /** The fold of two records as the shuffle may deliver them: either first. */
  private static List<Folded> inBothOrders(ActivityEvent a, ActivityEvent b) {
    return List.of(fold(List.of(a, b)), fold(List.of(b, a)));
  }

  private static Folded fold(List<ActivityEvent> events) {
    ObjectIndex objects = ObjectIndex.of(Stream.of(FIRST_OBJECT, SECOND_OBJECT).toList());
    List<byte[]> records = events.stream().map(e -> ActivityRecord.encode(e, objects.number(e.sourceObject))).toList();
    return new Folded(ActivityFold.fold(records.iterator()), objects);
  }

  private static ActivityEvent event(String id, String response, String time, String object, long offset) {
    ActivityEvent e = new ActivityEvent();
    e.userPoolId = "us-east-1_Pool";
    e.eventId = id;
    e.eventType = "SignIn";
    e.eventResponse = response;
    e.eventTime = Instant.parse(time);
    e.sourceFormat = "vended_s3";
    e.sourceObject = object;
    e.recordOffset = offset;
    return e;
  }
}
