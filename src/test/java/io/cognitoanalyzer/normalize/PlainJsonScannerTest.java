package io.cognitoanalyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The scanner's eight-bytes-at-a-time test against the byte-by-byte rule it stands in for. */
class PlainJsonScannerTest {

  private static boolean plainByteByByte(byte[] eight) {
    for (byte b : eight) {
      if (b < 0x20 || b == '"' || b == '\\') {
        return false;
      }
    }
    return true;
  }

  private static long littleEndian(byte[] eight) {
    return ByteBuffer.wrap(eight).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  @Test
  void everyByteValueAtEveryPositionOfPlainText() {
    for (int position = 0; position < 8; position++) {
      for (int value = 0; value < 256; value++) {
        byte[] eight = "abcdefgh".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        eight[position] = (byte) value;
        assertThat(PlainJsonScanner.isPlainAscii(littleEndian(eight)))
            .as("byte 0x%02x at %d", value, position)
            .isEqualTo(plainByteByByte(eight));
      }
    }
  }

  @Test
  void randomWordsOfTheBytesThatMatter() {
    byte[] alphabet = {'a', 'Z', ' ', '~', 0x7f, '"', '\\', 0, 0x1f, 0x20, 0x21, 0x22 + 1, (byte) 0x80, (byte) 0xa2, (byte) 0xdc, (byte) 0xff};
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      byte[] eight = new byte[8];
      for (int j = 0; j < 8; j++) {
        eight[j] = alphabet[random.nextInt(alphabet.length)];
      }
      assertThat(PlainJsonScanner.isPlainAscii(littleEndian(eight))).isEqualTo(plainByteByByte(eight));
    }
  }
}
