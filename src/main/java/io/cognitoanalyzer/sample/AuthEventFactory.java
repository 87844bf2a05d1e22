package io.cognitoanalyzer.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes the users and auth events of the sample archive.
 *
 * <p>Values follow a realistic mix (mostly successful password sign-ins, risk decision {@code
 * PASS}, no feedback). So that every rare value appears even in a small archive, the event with
 * coverage index {@code i} takes a forced rare value from one block of indices per attribute
 * ({@link #COVERED_EVENTS} indices in all); callers shuffle events afterwards, so the forced ones
 * land at random times and in random layouts.
 */
final class AuthEventFactory {
  /** Events whose coverage index is below this carry at least one forced rare value. */
  static final int COVERED_EVENTS = 45;

  static final int USERS_PER_POOL = 40;

  static final List<String> DEVICES =
      List.of(
          "Chrome 126, Windows 10",
          "Chrome Mobile 125, Android 14",
          "Safari 17, Mac OS X 10",
          "Firefox 128, Ubuntu",
          "Mobile Safari 17, iOS 17.5",
          "SM-S931B",
          "Other, Other");

  private static final List<String> FIRST_NAMES =
      List.of(
          "maria", "joão", "lukas", "anna", "dmitri", "yuki", "kasia", "james", "priya", "liam",
          "sofia", "noah", "emma", "ravi", "chen", "olivia", "jürgen", "aoife", "mateo", "zoe");
  private static final List<String> LAST_NAMES =
      List.of(
          "silva", "müller", "ivanova", "tanaka", "nowak", "smith", "patel", "murphy", "garcia",
          "weber", "kowalski", "brown", "sato", "keller", "lee");

  private static final Set<String> RISKY_DECISIONS =
      Set.of("BLOCK", "ACCOUNT_TAKEOVER", "AccountTakeover");

  // Blocks of coverage indices, one per attribute, so forced rare values spread over events.
  private static final int TYPE_AT = 0; // 4 values
  private static final int OUTCOME_AT = 4; // 3
  private static final int DECISION_AT = 7; // 5
  private static final int LEVEL_AT = 12; // 3
  private static final int DEVICE_AT = 15; // 7
  private static final int PLACE_AT = 22; // 11
  private static final int CITY_AT = 33; // 2
  private static final int IP_AT = 35; // 2
  private static final int IDP_AT = 37; // 1
  private static final int COMPROMISED_AT = 38; // 1
  private static final int FEEDBACK_AT = 39; // 2
  private static final int CONTEXT_AT = 41; // 1
  private static final int PAIR_AT = 42; // 3

  private enum Outcome {
    PASS_PASSWORD(false, List.of("Password:Success")),
    PASS_MFA(false, List.of("Password:Success", "Mfa:Success")),
    FAIL_PASSWORD(true, List.of("Password:Failure")),
    FAIL_MFA(true, List.of("Password:Success", "Mfa:Failure"));

    final boolean fail;
    final List<String> challenges;

    Outcome(boolean fail, List<String> challenges) {
      this.fail = fail;
      this.challenges = challenges;
    }
  }

  private final SampleRandom random;
  private final List<List<SampleUser>> usersByPool = new ArrayList<>();

  AuthEventFactory(SampleRandom random) {
    this.random = random;
    for (Pool pool : Pool.ALL) {
      List<SampleUser> users = new ArrayList<>();
      for (int u = 0; u < USERS_PER_POOL; u++) {
        users.add(newUser(pool, u));
      }
      usersByPool.add(users);
    }
  }

  /** The users of {@code pool}; fixed for the factory's life. */
  List<SampleUser> users(Pool pool) {
    return usersByPool.get(Pool.ALL.indexOf(pool));
  }

  /**
   * {@code count} events in random order, each pool and each rare value represented.
   *
   * @throws IllegalArgumentException if {@code count} is below {@link #COVERED_EVENTS}
   */
  List<AuthEvent> events(int count) {
    if (count < COVERED_EVENTS) {
      throw new IllegalArgumentException(
          "need at least " + COVERED_EVENTS + " export events for full coverage, got " + count);
    }
    List<AuthEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(event(i, null));
    }
    random.shuffle(events);
    return events;
  }

  /** A plain, ordinary event outside the coverage plan: carrier for malformed records. */
  AuthEvent fresh() {
    return event(-1, null);
  }

  /** Like {@link #fresh()}, in the given pool. */
  AuthEvent fresh(Pool pool) {
    return event(-1, pool);
  }

  /**
   * Gives each event a spelling. The first events get one forced quirk each so that every quirk
   * appears; the rest get quirks at random. Timestamp quirks are only used where no other
   * timestamp (CloudWatch's) sits next to the record, and events whose eventTimestamp is missing
   * or garbage get a single record, since both of a pair would fall back to the same
   * creationDate and their order would be lost.
   */
  List<AuthEvent> styled(List<AuthEvent> events, boolean timestampQuirks) {
    List<AuthEvent> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      RecordStyle style = RecordStyle.PLAIN;
      if (i == 0 || random.chance(0.02)) {
        style = style.withWrongWeekday();
      }
      if (i == 1 || random.chance(0.05)) {
        style = style.withJsonBooleans();
      }
      if (i == 2 || random.chance(0.08)) {
        style = style.withExtraKey();
      }
      if (i == 3 || random.chance(0.03)) {
        style = style.withoutLogSourceId();
      }
      if (i == 4 || random.chance(0.05)) {
        style = style.withEventSource(RecordStyle.USER_ACTIVITY);
      }
      if (timestampQuirks) {
        double roll = random.nextInt(1000) / 1000.0;
        if (i == 5 || roll < 0.05) {
          style = style.withTimestamp(RecordStyle.Timestamp.NUMBER);
        } else if (i == 6 || roll < 0.065) {
          style = style.withTimestamp(RecordStyle.Timestamp.MISSING);
        } else if (i == 7 || roll < 0.08) {
          style = style.withTimestamp(RecordStyle.Timestamp.GARBAGE);
        }
      }
      AuthEvent event = events.get(i).withStyle(style);
      boolean noUsableTimestamp =
          style.timestamp() == RecordStyle.Timestamp.MISSING
              || style.timestamp() == RecordStyle.Timestamp.GARBAGE;
      if (noUsableTimestamp && event.hasInProgress()) {
        event = event.withTimes(event.creationMs(), -1, event.finalMs());
      }
      out.add(event);
    }
    return out;
  }

  /**
   * The same event moved so that its InProgress record falls just before UTC midnight at the
   * start of day {@code dayIndex} of the span and its final record just after.
   */
  static AuthEvent straddlingMidnight(AuthEvent event, int dayIndex) {
    long midnight = SampleTimes.START_MS + dayIndex * SampleTimes.DAY_MS;
    return event.withTimes(midnight - 1_800, midnight - 1_450, midnight + 2_130);
  }

  /** Event with coverage index {@code i} (-1: none) in {@code pool} (null: chosen here). */
  private AuthEvent event(int i, Pool fixedPool) {
    Pool pool =
        fixedPool != null
            ? fixedPool
            : Pool.ALL.get(i >= 0 ? i % Pool.ALL.size() : random.nextInt(Pool.ALL.size()));
    SampleUser user = random.pick(users(pool));
    String eventId = random.uuid();

    String type =
        cover(i, TYPE_AT, List.of("SignUp", "ForgotPassword", "PasswordChange", "ResendCode"),
            () -> weighted(
                new String[] {"SignIn", "SignUp", "ForgotPassword", "PasswordChange", "ResendCode"},
                new int[] {75, 8, 7, 5, 5}));
    Outcome outcome =
        cover(i, OUTCOME_AT, List.of(Outcome.PASS_MFA, Outcome.FAIL_PASSWORD, Outcome.FAIL_MFA),
            () -> {
              int roll = random.nextInt(100);
              return roll < 70 ? Outcome.PASS_PASSWORD
                  : roll < 85 ? Outcome.PASS_MFA
                  : roll < 95 ? Outcome.FAIL_PASSWORD : Outcome.FAIL_MFA;
            });
    String decision =
        cover(i, DECISION_AT,
            List.of("NoRisk", "NO_RISK", "BLOCK", "ACCOUNT_TAKEOVER", "AccountTakeover"),
            () -> weighted(
                new String[] {"PASS", "NoRisk", "NO_RISK", "BLOCK", "ACCOUNT_TAKEOVER", "AccountTakeover"},
                new int[] {86, 4, 3, 2, 3, 2}));
    boolean risky = RISKY_DECISIONS.contains(decision);
    String level =
        risky ? random.pick(List.of("high", "Medium"))
            : cover(i, LEVEL_AT, List.of("LOW", "Medium", "high"),
                () -> random.chance(0.85) ? "" : random.pick(List.of("LOW", "Medium", "high")));
    // A blocked attempt never passes; a suspected takeover may (see the API examples).
    String response = decision.equals("BLOCK") || outcome.fail ? "Fail" : "Pass";
    List<String> challenges = type.equals("SignIn") ? outcome.challenges : List.of();

    String device =
        cover(i, DEVICE_AT, DEVICES,
            () -> random.chance(0.8) ? user.deviceName() : random.pick(DEVICES));
    Place place =
        cover(i, PLACE_AT, Place.ALL,
            () -> random.chance(0.8) ? user.home() : random.pick(Place.ALL));
    String city =
        cover(i, CITY_AT, List.of("null", ""),
            () -> random.chance(0.04) ? random.pick(List.of("null", "")) : place.city());
    String ip =
        cover(i, IP_AT, List.of("2001:db8:85a3:" + random.hex(4) + "::" + random.hex(4),
                "198.51.100." + random.between(1, 255)),
            () -> random.chance(0.85) ? user.ipAddress() : Place.ipAddress(random));
    String idp = cover(i, IDP_AT, List.of("null"), user::idpName);
    boolean compromised = cover(i, COMPROMISED_AT, List.of(true), () -> random.chance(0.02));
    int feedback = cover(i, FEEDBACK_AT, List.of(1, 2), () -> random.chance(0.03) ? random.between(1, 3) : 0);
    boolean context = cover(i, CONTEXT_AT, List.of(false), () -> random.chance(0.92));
    boolean paired = cover(i, PAIR_AT, List.of(true, true, true), () -> random.chance(0.5));

    long creation = SampleTimes.START_MS + random.between(0L, SampleTimes.SPAN_MS - 60_000);
    long inProgress = paired ? creation + random.between(0L, 300L) : -1;
    long fin = (paired ? inProgress : creation) + random.between(400L, 6_000L);

    String feedbackValue = "";
    String feedbackDate = "";
    String feedbackProvider = "";
    if (feedback > 0) {
      long when = fin + random.between(60_000L, 2 * SampleTimes.DAY_MS);
      // Export casing is unknown: use both; the date format is unknown too: ISO and epoch ms.
      feedbackValue = feedback == 1 ? "valid" : "INVALID";
      feedbackProvider = "Admin";
      feedbackDate = feedback == 1 ? SampleTimes.isoMillisZ(when) : Long.toString(when);
    }
    String requestId = random.chance(0.85) ? eventId : random.uuid();
    return new AuthEvent(
        user, eventId, requestId, type, creation, inProgress, fin, response, level, decision,
        challenges, device, ip, idp, compromised, city, place.country(), feedbackValue,
        feedbackDate, feedbackProvider, context, RecordStyle.PLAIN);
  }

  private SampleUser newUser(Pool pool, int index) {
    String sub = random.uuid();
    String first = random.pick(FIRST_NAMES);
    String last = random.pick(LAST_NAMES);
    // Username forms seen in pools: an alias, an e-mail, or a UUID unrelated to sub.
    String userName =
        switch (index % 3) {
          case 0 -> first + "." + last + (index / 3);
          case 1 -> first + "." + last + (index / 3) + "@example.com";
          default -> random.uuid();
        };
    String idp = index % 13 == 5 ? random.pick(List.of("Google", "SignInWithApple", "AzureAD")) : "";
    return new SampleUser(
        pool, sub, userName, random.pick(Place.ALL), random.pick(DEVICES), Place.ipAddress(random), idp);
  }

  private <T> T cover(int i, int at, List<T> forced, Supplier<T> otherwise) {
    if (i >= at && i < at + forced.size()) {
      return forced.get(i - at);
    }
    return otherwise.get();
  }

  private String weighted(String[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int k = 0; k < values.length; k++) {
      roll -= weights[k];
      if (roll < 0) {
        return values[k];
      }
    }
    throw new AssertionError("weights exhausted");
  }
}
