package io.cognitoanalyzer.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Streams one pool's share of the benchmark archive into vended-layout files of at most {@link
 * NativeBenchArchive#RECORDS_PER_FILE} lines.
 *
 * <p>Memory is bounded whatever the record count: a fixed user table, a ring of the last {@link
 * #RECENT} lines (source of duplicates, which therefore can cross file boundaries) and a small
 * queue of final-state lines waiting for their slot after the InProgress line.
 */
final class BenchPoolStream {
  static final int USERS = 2_000;
  static final int RECENT = 256;
  /** Final-state lines follow their InProgress line within this many slots. */
  static final int MAX_FINAL_DELAY = 12;

  private final Pool pool;
  private final SampleRandom random;
  private final Path dir;
  private final List<SampleUser> users = new ArrayList<>(USERS);
  private final String[] recent = new String[RECENT];
  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>(Comparator.comparingLong(Pending::dueSlot));
  private final StringBuilder buffer = new StringBuilder(1024);
  private final String deliveryId;
  private long recentCount;
  private long cachedSecond = Long.MIN_VALUE;
  private String cachedCreationDate;

  private OutputStream file;
  private int linesInFile;

  private record Pending(long dueSlot, String line) {}

  BenchPoolStream(Pool pool, SampleRandom random, Path outDir) {
    this.pool = pool;
    this.random = random;
    this.dir =
        outDir.resolve("AWSLogs").resolve(pool.accountId()).resolve("AWSCognitoServiceLogs")
            .resolve(pool.region()).resolve(pool.userPoolId()).resolve("USER_AUTH_EVENTS");
    this.deliveryId = random.uuid();
    for (int u = 0; u < USERS; u++) {
      users.add(newUser(u));
    }
  }

  /** Writes exactly {@code count} lines spread evenly over the span; returns {@code count}. */
  long write(long count) throws IOException {
    Files.createDirectories(dir);
    double slotMs = (double) NativeBenchArchive.SPAN_MS / Math.max(1, count);
    try {
      for (long slot = 0; slot < count; slot++) {
        long remaining = count - slot;
        long now = NativeBenchArchive.START_MS + (long) (slot * slotMs);
        Pending head = pending.peek();
        String line;
        // The duplicate draw comes first so that duplicates are a share of all lines; only the
        // last slots, which must drain the waiting final lines, skip it.
        boolean mustDrain = remaining <= pending.size();
        if (!mustDrain && recentCount > 0 && random.chance(NativeBenchArchive.DUPLICATE_RATE)) {
          line = recent[random.nextInt((int) Math.min(recentCount, RECENT))];
        } else if (head != null && (mustDrain || head.dueSlot() <= slot)) {
          line = pending.poll().line();
        } else {
          BenchRecordText.Event event = newEvent(now + random.between(0L, (long) slotMs + 1));
          long first = event.creationMs() + random.between(0L, 300L);
          String response = random.chance(0.88) ? "Pass" : "Fail";
          // Pair only if a later slot is certain to be free for the final line.
          if (remaining - 1 > pending.size() && random.chance(NativeBenchArchive.PAIRED_RATE)) {
            long last = first + random.between(400L, 6_000L);
            pending.add(
                new Pending(
                    slot + random.between(1, MAX_FINAL_DELAY + 1),
                    BenchRecordText.render(buffer, event, response, last)));
            line = BenchRecordText.render(buffer, event, AuthEvent.IN_PROGRESS, first);
          } else {
            line = BenchRecordText.render(buffer, event, response, first);
          }
        }
        emit(line, now);
      }
    } finally {
      closeFile();
    }
    return count;
  }

  private void emit(String line, long now) throws IOException {
    if (file != null && linesInFile == NativeBenchArchive.RECORDS_PER_FILE) {
      closeFile();
    }
    if (file == null) {
      openFile(now);
    } else {
      // Newline between lines only: like the real sample, no newline after the last one.
      file.write('\n');
    }
    file.write(line.getBytes(UTF_8));
    linesInFile++;
    recent[(int) (recentCount++ % RECENT)] = line;
  }

  private void openFile(long now) throws IOException {
    String id = pool.userPoolId();
    String name =
        pool.accountId() + "_aws_cognito_service_logs_" + pool.region() + "_" + id
            + "_userAuthEvents_INFO_S3_" + deliveryId + "_cognito-" + id + "_USER_AUTH_EVENTS_"
            + SampleTimes.basicDate(now) + "_" + random.hex(8) + ".log.gz";
    file = new FastGzip(new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16));
    linesInFile = 0;
  }

  private void closeFile() throws IOException {
    if (file != null) {
      file.close();
      file = null;
    }
  }

  private BenchRecordText.Event newEvent(long creationMs) {
    SampleUser user = users.get(random.nextInt(USERS));
    int roll = random.nextInt(100);
    String type =
        roll < 78 ? "SignIn" : roll < 86 ? "SignUp" : roll < 92 ? "ForgotPassword"
            : roll < 96 ? "PasswordChange" : "ResendCode";
    int risk = random.nextInt(100);
    String decision = risk < 92 ? "PASS" : risk < 96 ? "NoRisk" : risk < 98 ? "BLOCK" : "ACCOUNT_TAKEOVER";
    String level = risk < 92 ? "" : risk < 96 ? "LOW" : "high";
    List<String> challenges =
        !type.equals("SignIn") ? List.of()
            : random.chance(0.2) ? List.of("Password:Success", "Mfa:Success")
            : List.of("Password:Success");
    Place place = random.chance(0.85) ? user.home() : random.pick(Place.ALL);
    String eventId = random.uuid();
    return new BenchRecordText.Event(
        pool, user, eventId, random.chance(0.85) ? eventId : random.uuid(), type, creationMs,
        level, decision, challenges,
        random.chance(0.9) ? user.deviceName() : random.pick(AuthEventFactory.DEVICES),
        random.chance(0.9) ? user.ipAddress() : Place.ipAddress(random),
        place.city(), place.country(), random.chance(0.01), random.chance(0.95),
        creationDate(creationMs));
  }

  /**
   * {@link SampleTimes#creationDate}, remembered per second: consecutive slots often share a
   * second, and formatting dominates the render time otherwise.
   */
  private String creationDate(long epochMs) {
    long second = Math.floorDiv(epochMs, 1000);
    if (second != cachedSecond) {
      cachedSecond = second;
      cachedCreationDate = SampleTimes.creationDate(second * 1000);
    }
    return cachedCreationDate;
  }

  private SampleUser newUser(int index) {
    String userName = index % 2 == 0 ? random.uuid() : "user" + index + "@example.com";
    String idp = index % 17 == 3 ? "Google" : "";
    return new SampleUser(
        pool, random.uuid(), userName, random.pick(Place.ALL),
        random.pick(AuthEventFactory.DEVICES), Place.ipAddress(random), idp);
  }

  /**
   * gzip at the fastest level: this archive is benchmark input, not the thing measured, and
   * level 1 keeps generation well above 100k records/s. Readers cannot tell the difference.
   */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
