package io.cognitoanalyzer.normalize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sorts free-text delivery errors ({@code message.details} of USER_NOTIFICATION records) into a
 * channel and an error class. AWS documents no wording for these texts, so the rules match on
 * service and error names that SES and SNS use; the first rule that matches wins. The taxonomy is
 * documented in the README.
 */
public final class NotificationClassifier {
  private NotificationClassifier() {}

  public static final String SMS = "sms";
  public static final String EMAIL = "email";
  public static final String UNKNOWN = "unknown";

  private static final Pattern SMS_WORDS =
      Pattern.compile("\\b(sms|sns|phone|text message|pinpoint sms|mobile)\\b");
  private static final Pattern EMAIL_WORDS =
      Pattern.compile("\\b(e-?mail|ses|mailbox|smtp|address is not verified)\\b");

  private record Rule(String errorClass, Pattern pattern) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("opted_out", Pattern.compile("opted[ -]?out|unsubscribed|opt-out|blocklist|blacklist")),
          new Rule("throttled", Pattern.compile("throttl|rate exceeded|too many requests|maximum sending rate")),
          new Rule("quota_exceeded", Pattern.compile("quota|limit exceeded|spend limit|spending limit|sending limit")),
          new Rule(
              "configuration",
              Pattern.compile(
                  "not verified|sandbox|access ?denied|not authori[sz]ed|unauthori[sz]ed|origination|no identity|configuration")),
          new Rule(
              "invalid_destination",
              Pattern.compile("invalid (phone|number|e-?mail|address|destination|parameter)|not a valid|malformed address|unreachable|does not exist")),
          new Rule("rejected", Pattern.compile("reject|bounce|suppression|complaint|blocked")),
          new Rule("service_error", Pattern.compile("internal (server )?error|service unavailable|timed? ?out|timeout|temporar")));

  /** sms, email or unknown. */
  public static String channel(String details) {
    if (details == null) {
      return UNKNOWN;
    }
    String text = details.toLowerCase(Locale.ROOT);
    boolean sms = SMS_WORDS.matcher(text).find();
    boolean email = EMAIL_WORDS.matcher(text).find();
    if (sms == email) {
      return UNKNOWN;
    }
    return sms ? SMS : EMAIL;
  }

  /** One of the classes above, or "other". */
  public static String errorClass(String details) {
    if (details == null) {
      return "other";
    }
    String text = details.toLowerCase(Locale.ROOT);
    for (Rule rule : RULES) {
      if (rule.pattern().matcher(text).find()) {
        return rule.errorClass();
      }
    }
    return "other";
  }
}
