package io.cognitoanalyzer.normalize;

import java.util.Locale;

/**
 * The closed vocabularies of the table: each maps the spellings seen in exports and API dumps to
 * one canonical value and keeps anything unknown as it came, so a new value is visible rather than
 * lost.
 */
public final class Vocabulary {
  private Vocabulary() {}

  public static final String NO_RISK = "NoRisk";
  public static final String BLOCK = "Block";
  public static final String ACCOUNT_TAKEOVER = "AccountTakeover";

  public static final String PASS = "Pass";
  public static final String FAIL = "Fail";
  public static final String IN_PROGRESS = "InProgress";

  /** PASS, NoRisk, NO_RISK -> NoRisk; BLOCK -> Block; ACCOUNT_TAKEOVER -> AccountTakeover. */
  public static String riskDecision(String raw) {
    if (raw == null) {
      return null;
    }
    return switch (squash(raw)) {
      case "pass", "norisk" -> NO_RISK;
      case "block" -> BLOCK;
      case "accounttakeover" -> ACCOUNT_TAKEOVER;
      default -> raw;
    };
  }

  /** Low, Medium, High whatever the case. */
  public static String riskLevel(String raw) {
    if (raw == null) {
      return null;
    }
    return switch (squash(raw)) {
      case "low" -> "Low";
      case "medium" -> "Medium";
      case "high" -> "High";
      default -> raw;
    };
  }

  /** Valid, Invalid whatever the case. */
  public static String feedbackValue(String raw) {
    if (raw == null) {
      return null;
    }
    return switch (squash(raw)) {
      case "valid" -> "Valid";
      case "invalid" -> "Invalid";
      default -> raw;
    };
  }

  /** Pass, Fail, InProgress whatever the case or separator. */
  public static String eventResponse(String raw) {
    if (raw == null) {
      return null;
    }
    return switch (squash(raw)) {
      case "pass" -> PASS;
      case "fail" -> FAIL;
      case "inprogress" -> IN_PROGRESS;
      default -> raw;
    };
  }

  /** True for the responses that end an event: they win over InProgress in the final state. */
  public static boolean isTerminal(String eventResponse) {
    return PASS.equals(eventResponse) || FAIL.equals(eventResponse);
  }

  /** What a record's eventSource says it is. */
  public enum Source {
    ACTIVITY,
    NOTIFICATION,
    UNKNOWN
  }

  /**
   * USER_AUTH_EVENTS, USER_ACTIVITY and the configuration spellings (userAuthEvents,
   * UserActivity) are user activity; USER_NOTIFICATION and userNotification are notifications.
   */
  public static Source eventSource(String raw) {
    if (raw == null) {
      return Source.UNKNOWN;
    }
    return switch (squash(raw)) {
      case "userauthevents", "useractivity", "userauthevent" -> Source.ACTIVITY;
      case "usernotification", "usernotifications" -> Source.NOTIFICATION;
      default -> Source.UNKNOWN;
    };
  }

  /** Lower case without separators, so NO_RISK, no-risk and NoRisk compare equal. */
  private static String squash(String raw) {
    // Every record passes five values through here; ASCII (all real values) is lowered in the
    // same pass, with one copy instead of a builder and a lower-cased copy of it.
    char[] out = new char[raw.length()];
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        return squashAnyText(raw);
      }
      if (c != '_' && c != '-' && c != ' ') {
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
    }
    return new String(out, 0, n);
  }

  private static String squashAnyText(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
