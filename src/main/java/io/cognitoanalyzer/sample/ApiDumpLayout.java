package io.cognitoanalyzer.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Saved AdminListUserAuthEvents responses (notes §1c): {@code
 * api-dumps/<user_pool_id>/<user_name>/page-NNNN.json}, pretty-printed, PascalCase, newest event
 * first, {@code NextToken} on every page but the last. Two users, two pages each. The events are
 * their own (ids appear in no other layout) and use the API's vocabulary: real booleans, {@code
 * NoRisk}/{@code AccountTakeover}/{@code Block}, and {@code CreationDate} as epoch seconds in
 * scientific notation, as a plain decimal, or as an ISO string with offset.
 */
final class ApiDumpLayout {
  static final String PREFIX = SampleLayouts.ROOT_PREFIX + "/api-dumps/";
  static final int USERS = 2;
  static final int PAGES_PER_USER = 2;

  private final SampleRandom random;
  private final AuthEventFactory factory;

  ApiDumpLayout(SampleRandom random, AuthEventFactory factory) {
    this.random = random;
    this.factory = factory;
  }

  /** How many of {@code totalEvents} go to the dumps: a small share, at least 8. */
  static int eventCount(int totalEvents) {
    return Math.max(USERS * PAGES_PER_USER * 2, Math.min(40, totalEvents / 30));
  }

  /** Writes {@code count} events over the dump users' pages. */
  void write(ArchiveSink sink, int count) throws IOException {
    // Users from two different pools; the first pool's with an alias name, the other a UUID name.
    List<SampleUser> users =
        List.of(factory.users(Pool.ALL.get(0)).get(0), factory.users(Pool.ALL.get(2)).get(2));
    int produced = 0;
    for (int u = 0; u < USERS; u++) {
      SampleUser user = users.get(u);
      int mine = u == USERS - 1 ? count - produced : count / USERS;
      produced += mine;
      List<Long> times = new ArrayList<>();
      for (int k = 0; k < mine; k++) {
        times.add(SampleTimes.START_MS + random.between(0L, SampleTimes.SPAN_MS));
      }
      // The API lists the newest event first.
      times.sort(Comparator.reverseOrder());
      int perPage = (mine + PAGES_PER_USER - 1) / PAGES_PER_USER;
      for (int page = 0; page < PAGES_PER_USER; page++) {
        List<Long> pageTimes =
            times.subList(Math.min(mine, page * perPage), Math.min(mine, (page + 1) * perPage));
        writePage(sink, user, page, pageTimes, page == PAGES_PER_USER - 1);
      }
    }
  }

  private void writePage(
      ArchiveSink sink, SampleUser user, int page, List<Long> times, boolean last)
      throws IOException {
    ObjectNode response = Json.object();
    var events = response.putArray("AuthEvents");
    String lastId = null;
    long lastTime = 0;
    for (int k = 0; k < times.size(); k++) {
      String eventId = random.uuid();
      events.add(authEvent(user, eventId, times.get(k), k));
      sink.countActivity(user.pool().userPoolId(), eventId);
      lastId = eventId;
      lastTime = times.get(k);
    }
    if (!last && lastId != null) {
      response.put("NextToken", lastId + "#" + SampleTimes.isoSecondsZ(lastTime));
    }
    String key =
        PREFIX + user.pool().userPoolId() + "/" + user.userName() + "/"
            + String.format(Locale.ROOT, "page-%04d.json", page + 1);
    sink.putOther(SampleLayouts.API_DUMP, key, (Json.pretty(response) + "\n").getBytes(UTF_8));
  }

  private ObjectNode authEvent(SampleUser user, String eventId, long timeMs, int index) {
    ObjectNode e = Json.object();
    e.put("EventId", eventId);
    String type = index % 5 == 3 ? "PasswordChange" : "SignIn";
    e.put("EventType", type);
    switch (index % 3) {
      // Double.toString prints these as 1.7723232E9: the wire form in AWS's own example.
      case 0 -> e.put("CreationDate", timeMs / 1000.0);
      case 1 -> e.put("CreationDate", BigDecimal.valueOf(timeMs, 3));
      default -> e.put("CreationDate", SampleTimes.apiIso(timeMs, user.home().utcOffset()));
    }
    boolean takeover = index % 7 == 4;
    boolean fail = index % 6 == 5;
    e.put("EventResponse", fail ? "Fail" : index % 8 == 2 ? "InProgress" : "Pass");
    ObjectNode risk = e.putObject("EventRisk");
    risk.put("RiskDecision", takeover ? "AccountTakeover" : fail && index % 4 == 1 ? "Block" : "NoRisk");
    if (takeover || index % 2 == 0) {
      // RiskLevel may be absent, as in the API's own example.
      risk.put("RiskLevel", takeover ? "Medium" : index % 4 == 0 ? "Low" : "High");
    }
    risk.put("CompromisedCredentialsDetected", index % 9 == 7);
    var challenges = e.putArray("ChallengeResponses");
    if (type.equals("SignIn")) {
      challenges.addObject().put("ChallengeName", "Password").put("ChallengeResponse", fail ? "Failure" : "Success");
      if (index % 4 == 1) {
        challenges.addObject().put("ChallengeName", "Mfa").put("ChallengeResponse", "Success");
      }
    }
    ObjectNode context = e.putObject("EventContextData");
    context.put("IpAddress", index % 4 == 2 ? Place.ipAddress(random) : user.ipAddress());
    context.put("DeviceName", user.deviceName());
    context.put("Timezone", user.home().utcOffset());
    context.put("City", index % 5 == 1 ? "null" : user.home().city());
    if (index % 6 != 4) {
      // Any EventContextData key may be missing.
      context.put("Country", user.home().country());
    }
    if (index % 5 == 2) {
      ObjectNode feedback = e.putObject("EventFeedback");
      feedback.put("FeedbackValue", index % 10 == 2 ? "Valid" : "Invalid");
      feedback.put("Provider", "Admin");
      feedback.put("FeedbackDate", BigDecimal.valueOf(timeMs + 100_500, 3));
    }
    return e;
  }
}
