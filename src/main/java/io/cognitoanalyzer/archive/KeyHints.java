package io.cognitoanalyzer.archive;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an object key says, used only as hints: the content decides the layout. A key can name a
 * date (to skip objects outside the --from/--to window), a pool, and, for API dumps, a user.
 *
 * @param vended the key is Cognito's own S3 delivery path
 * @param date the delivery date the key carries, or null
 * @param pool the user pool the key names, or null
 * @param user the user name the key names (API dumps only), or null
 * @param marker the CloudWatch export's {@code aws-logs-write-test} object, which holds no logs
 */
public record KeyHints(boolean vended, LocalDate date, String pool, String user, boolean marker)
    implements java.io.Serializable {

  /** .../AWSCognitoServiceLogs/<region>/<pool>/USER_AUTH_EVENTS/..._<yyyymmdd>_<hash>.log.gz */
  private static final Pattern VENDED =
      Pattern.compile("AWSCognitoServiceLogs/[^/]+/([^/]+)/[^/]+/[^/]*_(\\d{8})_[0-9a-fA-F]+\\.log(?:\\.gz)?$");

  /** Firehose's default prefix YYYY/MM/dd/HH/. */
  private static final Pattern DATE_FOLDERS = Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})/(\\d{2})/");

  /** Hive-style year=/month=/day= folders. */
  private static final Pattern HIVE_FOLDERS =
      Pattern.compile("(?:^|/)year=(\\d{4})/month=(\\d{1,2})/day=(\\d{1,2})/");

  /** A pool id segment: {@code <region>_<id>} as the API's pattern [\w-]+_[0-9a-zA-Z]+ allows. */
  private static final Pattern POOL_USER =
      Pattern.compile("/([a-z]{2}(?:-[a-z]+)+-\\d_[0-9A-Za-z]+)/([^/]+)/[^/]+$");

  public static KeyHints of(String key) {
    boolean marker = key.endsWith("/aws-logs-write-test") || key.equals("aws-logs-write-test");
    Matcher vended = VENDED.matcher(key);
    if (vended.find()) {
      return new KeyHints(true, yyyymmdd(vended.group(2)), vended.group(1), null, marker);
    }
    LocalDate date = null;
    Matcher folders = DATE_FOLDERS.matcher(key);
    Matcher hive = HIVE_FOLDERS.matcher(key);
    if (folders.find()) {
      date = date(folders.group(1), folders.group(2), folders.group(3));
    } else if (hive.find()) {
      date = date(hive.group(1), hive.group(2), hive.group(3));
    }
    Matcher poolUser = POOL_USER.matcher(key);
    String pool = null;
    String user = null;
    if (poolUser.find()) {
      pool = poolUser.group(1);
      user = poolUser.group(2);
    }
    return new KeyHints(false, date, pool, user, marker);
  }

  private static LocalDate yyyymmdd(String s) {
    return date(s.substring(0, 4), s.substring(4, 6), s.substring(6, 8));
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
