package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;

import io.cognitoanalyzer.archive.ObjectSummary;
import io.cognitoanalyzer.normalize.ActivityEvent;
import io.cognitoanalyzer.normalize.Challenge;
import io.cognitoanalyzer.normalize.Decoded;
import io.cognitoanalyzer.normalize.NotificationEvent;
import io.cognitoanalyzer.normalize.Rejection;
import io.cognitoanalyzer.normalize.Vocabulary;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Turns {@link Decoded} items into rows of {@link DecodedSchema#SCHEMA}. */
public final class DecodedRows {
  private DecodedRows() {}

  private static final int WIDTH = DecodedSchema.SCHEMA.size();

  public static Row toRow(Decoded item) {
    Object[] v = new Object[WIDTH];
    if (item instanceof ActivityEvent e) {
      activity(e, v);
    } else if (item instanceof NotificationEvent n) {
      set(v, KIND, DecodedSchema.KIND_NOTIFICATION);
      set(v, EVENT_TIME, n.eventTime());
      set(v, LOG_LEVEL, n.logLevel());
      set(v, DETAILS, n.details());
      set(v, ERROR_CHANNEL, n.errorChannel());
      set(v, ERROR_CLASS, n.errorClass());
      set(v, RECORD_KEY, n.recordKey());
      set(v, SOURCE_FORMAT, n.sourceFormat());
      set(v, SOURCE_OBJECT, n.sourceObject());
      set(v, RECORD_OFFSET, n.recordOffset());
      set(v, USER_POOL_ID, n.userPoolId());
      set(v, EVENT_DATE, n.eventDate());
    } else if (item instanceof Rejection r) {
      set(v, KIND, DecodedSchema.KIND_QUARANTINE);
      set(v, SOURCE_OBJECT, r.sourceObject());
      set(v, RECORD_OFFSET, r.recordOffset());
      set(v, REASON, r.reason().code());
      set(v, DETAIL, r.detail());
      set(v, RAW, r.raw());
    } else if (item instanceof ObjectSummary s) {
      set(v, KIND, DecodedSchema.KIND_OBJECT);
      set(v, SOURCE_OBJECT, s.sourceObject());
      set(v, SOURCE_FORMAT, s.sourceFormat());
      set(v, OBJECT_BYTES, s.bytes());
      set(v, DecodedSchema.OBJECT_RECORDS, s.records());
      set(v, DecodedSchema.OBJECT_CONTROL_MESSAGES, s.controlMessages());
      set(v, DecodedSchema.OBJECT_SIDE_OUTPUTS, s.sideOutputs());
    } else {
      throw new IllegalArgumentException("no row form for " + item.getClass().getName());
    }
    return RowFactory.create(v);
  }

  private static void activity(ActivityEvent e, Object[] v) {
    set(v, KIND, DecodedSchema.KIND_ACTIVITY);
    set(v, EVENT_ID, e.eventId);
    set(v, EVENT_TIME, e.eventTime);
    set(v, EVENT_TYPE, e.eventType);
    set(v, EVENT_RESPONSE, e.eventResponse);
    set(v, RISK_DECISION, e.riskDecision);
    set(v, RISK_LEVEL, e.riskLevel);
    set(v, COMPROMISED_CREDENTIALS, e.compromisedCredentials);
    set(v, CHALLENGES, challenges(e.challenges));
    set(v, MFA_RESULT, e.mfaResult);
    set(v, USER_SUB, e.userSub);
    set(v, USER_NAME, e.userName);
    set(v, CLIENT_ID, e.clientId);
    set(v, IDP_NAME, e.idpName);
    set(v, IP_ADDRESS, e.ipAddress);
    set(v, DEVICE_NAME, e.deviceName);
    set(v, DEVICE_OS, e.deviceOs);
    set(v, DEVICE_BROWSER, e.deviceBrowser);
    set(v, CITY, e.city);
    set(v, COUNTRY, e.country);
    set(v, COUNTRY_CODE, e.countryCode);
    set(v, HAS_CONTEXT_DATA, e.hasContextData);
    set(v, FEEDBACK_VALUE, e.feedbackValue);
    set(v, FEEDBACK_PROVIDER, e.feedbackProvider);
    set(v, FEEDBACK_TIME, e.feedbackTime);
    set(v, REQUEST_ID, e.requestId);
    set(v, LOG_VERSION, e.logVersion);
    set(v, SOURCE_FORMAT, e.sourceFormat);
    set(v, SOURCE_OBJECT, e.sourceObject);
    if (e.extraFields != null) {
      set(v, DecodedSchema.EXTRA_KEYS, e.extraFields.keySet().toArray(String[]::new));
      set(v, DecodedSchema.EXTRA_VALUES, e.extraFields.values().toArray(String[]::new));
    }
    set(v, USER_POOL_ID, e.userPoolId);
    set(v, EVENT_DATE, e.eventDate());
    set(v, RECORD_OFFSET, e.recordOffset);
    set(v, CONTENT_HASH, ContentHash.of(e));
    set(v, TERMINAL, Vocabulary.isTerminal(e.eventResponse));
  }

  /** An array, not a List: Spark's Row encoder takes Java arrays or Scala sequences only. */
  private static Row[] challenges(List<Challenge> challenges) {
    if (challenges == null) {
      return null;
    }
    Row[] rows = new Row[challenges.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = RowFactory.create(challenges.get(i).name(), challenges.get(i).result());
    }
    return rows;
  }

  /** Column positions, looked up once: this runs for every record. */
  private static final java.util.Map<String, Integer> INDEX = index();

  private static java.util.Map<String, Integer> index() {
    java.util.Map<String, Integer> map = new java.util.HashMap<>();
    String[] names = DecodedSchema.SCHEMA.fieldNames();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], i);
    }
    return map;
  }

  private static void set(Object[] values, String column, Object value) {
    values[INDEX.get(column)] = value;
  }
}
