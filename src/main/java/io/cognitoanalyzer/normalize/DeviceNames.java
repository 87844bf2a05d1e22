package io.cognitoanalyzer.normalize;

/**
 * Splits Cognito's {@code deviceName} ("Chrome Mobile 125, Android 14") into a browser and an
 * operating system. The split is at the last comma, because browser names never hold one but the
 * whole string may ("Other, Other"). A name without a comma is a device model ("SM-S931B") and
 * names neither.
 */
public final class DeviceNames {
  private DeviceNames() {}

  /** The browser part without its version, or null. */
  public static String browser(String deviceName) {
    return split(deviceName)[0];
  }

  /** The operating-system part without its version, or null. */
  public static String os(String deviceName) {
    return split(deviceName)[1];
  }

  private static final String[] NEITHER = new String[2];

  /** Device names repeat endlessly; splitting uses regexes, so results are kept. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String[]> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String[] split(String deviceName) {
    int comma = lastComma(deviceName);
    if (comma < 0) {
      return NEITHER;
    }
    String[] parts = CACHE.get(deviceName);
    if (parts == null) {
      parts =
          new String[] {
            withoutVersion(deviceName.substring(0, comma)), withoutVersion(deviceName.substring(comma + 1))
          };
      if (CACHE.size() < 10_000) {
        CACHE.put(deviceName, parts);
      }
    }
    return parts;
  }

  private static int lastComma(String deviceName) {
    return deviceName == null ? -1 : deviceName.lastIndexOf(',');
  }

  /**
   * Drops trailing tokens that start with a digit ("125", "17.5", "10.15.7"), so "Mac OS X 10"
   * becomes "Mac OS X" and "Windows 10" becomes "Windows".
   */
  static String withoutVersion(String part) {
    String[] tokens = part.trim().split("\\s+");
    int end = tokens.length;
    while (end > 0 && !tokens[end - 1].isEmpty() && Character.isDigit(tokens[end - 1].charAt(0))) {
      end--;
    }
    String name = String.join(" ", java.util.Arrays.copyOf(tokens, end)).trim();
    return JsonValues.isAbsent(name) ? null : name;
  }
}
