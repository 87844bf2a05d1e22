package io.cognitoanalyzer.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  /**
   * Enough groups to grow the hash table and fill several slabs, each replaced by a longer record
   * (which must move to new slab space) and holding an exact duplicate of its first record.
   */
  @Test
  void manyGroupsKeepTheirOwnWinnersAcrossSlabs() {
    List<ActivityEvent> events = new ArrayList<>();
    int groups = 100_000;
    for (int i = 0; i < groups; i++) {
      String id = "e" + i;
      events.add(event(id, "Pass", "2026-03-01T10:00:00Z", FIRST_OBJECT, i));
      ActivityEvent later = event(id, "Pass", "2026-03-01T10:00:01Z", SECOND_OBJECT, i);
      later.eventType = "SignIn_with_a_longer_event_type_" + i;
      events.add(later);
      events.add(event(id, "Pass", "2026-03-01T10:00:00Z", SECOND_OBJECT, i + 1));
    }
    Folded f = fold(events);
    assertThat(f.folded.records()).isEqualTo(3L * groups);
    assertThat(f.folded.events()).isEqualTo(groups);
    assertThat(f.folded.exactDuplicates()).isEqualTo(groups);
    assertThat(f.winners()).hasSize(groups);
    assertThat(f.winnerStrings(0)).allSatisfy(type -> assertThat(type).startsWith("SignIn_with_a_longer_event_type_"));
    assertThat(f.winnerStrings(-1))
        .map(id -> "SignIn_with_a_longer_event_type_" + id.substring(1))
        .containsExactlyElementsOf(f.winnerStrings(0));
  }

  /**
   * A fold after another one's release writes into the slabs that fold filled: its winners must
   * be its own, not left-overs of the first.
   */
  @Test
  void aFoldAfterAReleaseReusesTheSlabsAndKeepsOnlyItsOwnWinners() {
    SlabPool.clear();
    List<ActivityEvent> first = new ArrayList<>();
    List<ActivityEvent> second = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ActivityEvent longer = event("first-" + i, "Pass", "2026-03-01T10:00:00Z", FIRST_OBJECT, i);
      longer.eventType = "SignIn_with_a_much_longer_event_type_than_the_second_fold_" + i;
      first.add(longer);
      second.add(event("s" + i, "Fail", "2026-03-02T10:00:00Z", SECOND_OBJECT, i));
    }
    Folded f1 = fold(first);
    java.util.Set<byte[]> firstSlabs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    f1.winners().forEach(w -> firstSlabs.add(w.slab()));
    f1.folded().release();
    assertThat(SlabPool.pooled()).isEqualTo(firstSlabs.size());

    Folded f2 = fold(second);
    assertThat(f2.winners()).allSatisfy(w -> assertThat(firstSlabs).contains(w.slab()));
    assertThat(f2.winnerStrings(0)).containsOnly("SignIn");
    assertThat(f2.winnerResponses()).containsOnly("Fail");
    assertThat(f2.winnerObjects()).containsOnly(SECOND_OBJECT);
    assertThat(f2.winnerStrings(-1)).containsExactlyInAnyOrderElementsOf(second.stream().map(e -> e.eventId).toList());
    assertThatThrownBy(() -> f1.winners()).isInstanceOf(IndexOutOfBoundsException.class);
    SlabPool.clear();
  }

  /** A group larger than the insertion sort handles: 50 records, 10 distinct, 5 copies each. */
  @Test
  void aLargeGroupCountsItsDuplicates() {
    List<ActivityEvent> events = new ArrayList<>();
    for (int copy = 0; copy < 5; copy++) {
      for (int second = 0; second < 10; second++) {
        String response = second % 2 == 0 ? "InProgress" : "Fail";
        events.add(event("e1", response, "2026-03-01T10:00:0" + second + "Z", copy % 2 == 0 ? FIRST_OBJECT : SECOND_OBJECT, copy * 10L + second));
      }
    }
    Collections.shuffle(events, new java.util.Random(11));
    Folded f = fold(events);
    assertThat(f.folded.events()).isEqualTo(1);
    assertThat(f.folded.exactDuplicates()).isEqualTo(40);
    assertThat(f.winnerResponses()).containsExactly("Fail");
    assertThat(f.winnerObjects()).containsExactly(FIRST_OBJECT);
  }

  /** A winner where the fold keeps it: the record starts at {@code slab[at]}. */
  private record Winner(byte[] slab, int at) {}

  private record Folded(ActivityFold.Folded folded, ObjectIndex objects) {
    List<Winner> winners() {
      List<Winner> out = new ArrayList<>();
      for (ActivityFold.TablePartition p : folded.partitions()) {
        for (int g : p.winners()) {
          out.add(new Winner(p.groups().slab(g), p.groups().offset(g)));
        }
      }
      return out;
    }

    List<String> winnerObjects() {
      return winners().stream().map(w -> objects.uri(ActivityRecord.objectNumber(w.slab(), ActivityRecord.keyEnd(w.slab(), w.at())))).toList();
    }

    /** event_response: the second string after the object number. */
    List<String> winnerResponses() {
      return winnerStrings(1);
    }

    /**
     * The n-th string after the object number of each winner (0 event_type, 1 event_response);
     * -1 the event_id.
     */
    List<String> winnerStrings(int n) {
      return winners().stream()
          .map(
              w -> {
                byte[] r = w.slab();
                int at = n < 0 ? ActivityRecord.skipString(r, w.at() + ActivityRecord.KEY) : ActivityRecord.keyEnd(r, w.at()) + 4;
                for (int i = 0; i < n; i++) {
                  at = ActivityRecord.skipString(r, at);
                }
                return new String(r, at + 4, ActivityRecord.stringLength(r, at), java.nio.charset.StandardCharsets.UTF_8);
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
