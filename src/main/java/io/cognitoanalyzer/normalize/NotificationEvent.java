package io.cognitoanalyzer.normalize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** One message-delivery error (USER_NOTIFICATION, log level ERROR). */
public record NotificationEvent(
    String userPoolId,
    Instant eventTime,
    String logLevel,
    String details,
    String errorChannel,
    String errorClass,
    String sourceFormat,
    String sourceObject,
    long recordOffset)
    implements Decoded {

  public LocalDate eventDate() {
    return LocalDate.ofInstant(eventTime, ZoneOffset.UTC);
  }

  /**
   * A stable identity for (pool, event time, details): the first 128 bits of a SHA-256, in hex.
   * The same error delivered twice gets the same key, whatever path it came by.
   */
  public String recordKey() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String identity =
          userPoolId + '\u0000' + eventTime.toEpochMilli() + '\u0000' + (details == null ? "" : details);
      byte[] digest = sha.digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
