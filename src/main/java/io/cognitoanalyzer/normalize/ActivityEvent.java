package io.cognitoanalyzer.normalize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;

/**
 * One user-activity record, normalized: one state of one authentication event. Several records
 * with the same (pool, event id) are later folded into the event's final state. Field meanings are
 * those of the user_activity columns documented in the README.
 */
public final class ActivityEvent implements Decoded {
  public String eventId;
  public Instant eventTime;
  public String eventType;
  public String eventResponse;
  public String riskDecision;
  public String riskLevel;
  public Boolean compromisedCredentials;
  public List<Challenge> challenges;
  public String mfaResult;
  public String userSub;
  public String userName;
  public String clientId;
  public String idpName;
  public String ipAddress;
  public String deviceName;
  public String deviceOs;
  public String deviceBrowser;
  public String city;
  public String country;
  public String countryCode;
  public Boolean hasContextData;
  public String feedbackValue;
  public String feedbackProvider;
  public Instant feedbackTime;
  public String requestId;
  public String logVersion;
  public String sourceFormat;
  public String sourceObject;
  public long recordOffset;
  /** Every unknown key, sorted so that the map is the same whatever the key order in the input. */
  public SortedMap<String, String> extraFields;

  public String userPoolId;

  /** The UTC day of {@link #eventTime}: the partition the event lands in. */
  public LocalDate eventDate() {
    return LocalDate.ofInstant(eventTime, ZoneOffset.UTC);
  }

  /** Derives mfa_result and the device split from the fields they depend on. */
  void deriveFields() {
    mfaResult = null;
    if (challenges != null) {
      for (Challenge c : challenges) {
        if (c.name() != null && !c.name().equalsIgnoreCase("Password")) {
          mfaResult = c.result();
          break;
        }
      }
    }
    deviceBrowser = DeviceNames.browser(deviceName);
    deviceOs = DeviceNames.os(deviceName);
    countryCode = Countries.code(country);
    riskDecision = Vocabulary.riskDecision(riskDecision);
    riskLevel = Vocabulary.riskLevel(riskLevel);
    feedbackValue = Vocabulary.feedbackValue(feedbackValue);
    eventResponse = Vocabulary.eventResponse(eventResponse);
  }
}
