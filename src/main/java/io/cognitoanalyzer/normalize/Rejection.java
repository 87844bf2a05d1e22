package io.cognitoanalyzer.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A record or object that cannot become a table row, with its provenance.
 *
 * @param recordOffset byte offset of the value in the decompressed stream; null when the whole
 *     object is rejected
 * @param raw the offending bytes as UTF-8 text, cut to {@link #MAX_RAW_BYTES}
 */
public record Rejection(
    String sourceObject, Long recordOffset, QuarantineReason reason, String detail, String raw)
    implements Decoded {

  /** The raw column holds at most 64 KiB, so one huge bad value cannot bloat the quarantine. */
  public static final int MAX_RAW_BYTES = 64 * 1024;

  /** The first {@link #MAX_RAW_BYTES} of {@code bytes}, decoded leniently as UTF-8. */
  public static String rawText(byte[] bytes, int offset, int length) {
    // Three bytes of headroom: a character cut in half becomes U+FFFD, which is three bytes long.
    int len = Math.min(length, MAX_RAW_BYTES - 3);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(len);
    decoder.decode(ByteBuffer.wrap(bytes, offset, len), out, true);
    out.flip();
    return out.toString();
  }

  /** {@code text} cut to at most {@link #MAX_RAW_BYTES} of UTF-8. */
  public static String rawText(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return bytes.length <= MAX_RAW_BYTES ? text : rawText(bytes, 0, bytes.length);
  }
}
