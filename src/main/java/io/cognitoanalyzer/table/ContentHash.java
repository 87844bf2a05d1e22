package io.cognitoanalyzer.table;

import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Challenge;
import java.util.Map;
import java.util.Objects;

/**
 * A 64-bit FNV-1a hash of everything an activity record says, apart from where it was found.
 * Two records with the same hash are exact duplicates (a Firehose retry, overlapping export tasks,
 * the same event through two layouts); records of one event with different hashes are states.
 */
public final class ContentHash {
  private ContentHash() {}

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  public static long of(ActivityEvent e) {
    long h = OFFSET;
    h = mix(h, e.userPoolId);
    h = mix(h, e.eventId);
    h = mix(h, e.eventTime == null ? null : e.eventTime.toString());
    h = mix(h, e.eventType);
    h = mix(h, e.eventResponse);
    h = mix(h, e.riskDecision);
    h = mix(h, e.riskLevel);
    h = mix(h, Objects.toString(e.compromisedCredentials, null));
    if (e.challenges != null) {
      for (Challenge c : e.challenges) {
        h = mix(h, c.name());
        h = mix(h, c.result());
      }
    }
    h = mix(h, e.userSub);
    h = mix(h, e.userName);
    h = mix(h, e.clientId);
    h = mix(h, e.idpName);
    h = mix(h, e.ipAddress);
    h = mix(h, e.deviceName);
    h = mix(h, e.city);
    h = mix(h, e.country);
    h = mix(h, Objects.toString(e.hasContextData, null));
    h = mix(h, e.feedbackValue);
    h = mix(h, e.feedbackProvider);
    h = mix(h, e.feedbackTime == null ? null : e.feedbackTime.toString());
    h = mix(h, e.requestId);
    h = mix(h, e.logVersion);
    if (e.extraFields != null) {
      for (Map.Entry<String, String> entry : e.extraFields.entrySet()) {
        h = mix(h, entry.getKey());
        h = mix(h, entry.getValue());
      }
    }
    return h;
  }

  /** Mixes one field, with a separator so that ("ab", "c") and ("a", "bc") differ. */
  private static long mix(long h, String s) {
    if (s == null) {
      h ^= 0xff;
      return h * PRIME;
    }
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    h ^= 0xfe;
    return h * PRIME;
  }
}
