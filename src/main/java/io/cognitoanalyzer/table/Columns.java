package io.cognitoanalyzer.table;

/**
 * Every column name the job writes or reads, declared once. Analysts, DDL and reports depend on
 * these exact strings, so they are part of the product's interface: extend, never rename.
 */
public final class Columns {
  private Columns() {}

  // user_activity
  public static final String EVENT_ID = "event_id";
  public static final String EVENT_TIME = "event_time";
  public static final String EVENT_TYPE = "event_type";
  public static final String EVENT_RESPONSE = "event_response";
  public static final String RISK_DECISION = "risk_decision";
  public static final String RISK_LEVEL = "risk_level";
  public static final String COMPROMISED_CREDENTIALS = "compromised_credentials";
  public static final String CHALLENGES = "challenges";
  public static final String CHALLENGE_NAME = "name";
  public static final String CHALLENGE_RESULT = "result";
  public static final String MFA_RESULT = "mfa_result";
  public static final String USER_SUB = "user_sub";
  public static final String USER_NAME = "user_name";
  public static final String CLIENT_ID = "client_id";
  public static final String IDP_NAME = "idp_name";
  public static final String IP_ADDRESS = "ip_address";
  public static final String DEVICE_NAME = "device_name";
  public static final String DEVICE_OS = "device_os";
  public static final String DEVICE_BROWSER = "device_browser";
  public static final String CITY = "city";
  public static final String COUNTRY = "country";
  public static final String COUNTRY_CODE = "country_code";
  public static final String HAS_CONTEXT_DATA = "has_context_data";
  public static final String FEEDBACK_VALUE = "feedback_value";
  public static final String FEEDBACK_PROVIDER = "feedback_provider";
  public static final String FEEDBACK_TIME = "feedback_time";
  public static final String REQUEST_ID = "request_id";
  public static final String LOG_VERSION = "log_version";
  public static final String RECORD_COUNT = "record_count";
  public static final String SOURCE_FORMAT = "source_format";
  public static final String SOURCE_OBJECT = "source_object";
  public static final String EXTRA_FIELDS = "extra_fields";

  // partition columns of user_activity and user_notification
  public static final String USER_POOL_ID = "user_pool_id";
  public static final String EVENT_DATE = "event_date";

  // user_notification
  public static final String LOG_LEVEL = "log_level";
  public static final String DETAILS = "details";
  public static final String ERROR_CHANNEL = "error_channel";
  public static final String ERROR_CLASS = "error_class";
  public static final String RECORD_KEY = "record_key";

  // quarantine
  public static final String RECORD_OFFSET = "record_offset";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String RAW = "raw";
  public static final String INGEST_RUN = "ingest_run";

  // reports (the figures; the grouping columns reuse the table's names above)
  public static final String EVENTS = "events";
  public static final String USERS = "users";
  public static final String ATTEMPTS = "attempts";
  public static final String FAILURES = "failures";
  public static final String FAILURE_RATE = "failure_rate";
  public static final String MFA_FAILURES = "mfa_failures";
  public static final String RISKY_EVENTS = "risky_events";
  public static final String ERRORS = "errors";
  public static final String SHARE_RISKY = "share_risky";
  public static final String DELIVERY_ERRORS = "delivery_errors";
  public static final String FIRST_EVENT_DATE = "first_event_date";
  public static final String LAST_EVENT_DATE = "last_event_date";
  public static final String EVENT_HOUR = "event_hour";
  public static final String RANK = "rank";
  public static final String DISTINCT_IPS = "distinct_ips";

  // internal columns of the decoded stream; never written to the table
  public static final String KIND = "_kind";
}
