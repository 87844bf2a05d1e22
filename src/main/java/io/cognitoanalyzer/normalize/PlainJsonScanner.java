package io.cognitoanalyzer.normalize;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonToken;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@link RecordTokens} straight over the input bytes, for the plainest JSON: strings without escapes
 * or control characters, integers of up to 18 digits, {@code true}, {@code false}, {@code null},
 * objects and arrays. It declines anything else (an escape, a decimal, a comment, malformed
 * UTF-8, a syntax error), and the caller reads the record with Jackson instead, so it never has to
 * agree with Jackson on anything but the plainest JSON.
 *
 * <p>Why: Jackson copies every string into its text buffer as chars, then builds a String from
 * them and keeps a location for every token; a plain ASCII value here is one scan and one copy.
 * Jackson's tokenizing was about a fifth of the ingest's samples (see docs/benchmark.md).
 */
final class PlainJsonScanner implements RecordTokens {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Deeper than any record the reader accepts: root, message, challenges, and one to decline. */
  private static final int MAX_DEPTH = 8;

  private final byte[] bytes;
  private final int end;
  private int pos;

  /** Per open container, innermost last: whether it is an array, and whether it has an item yet. */
  private final boolean[] isArray = new boolean[MAX_DEPTH];
  private final boolean[] hasItem = new boolean[MAX_DEPTH];
  private int depth;
  private boolean rootRead;

  private JsonToken current;
  private String name;
  private String text;
  private long number;

  /** Reads {@code bytes[start, end)}. */
  PlainJsonScanner(byte[] bytes, int start, int end) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
  }

  @Override
  public JsonToken nextToken() throws Declined {
    skipWhitespace();
    if (depth == 0) {
      if (rootRead) {
        // After the root value only the end of the input is plain; anything else declines.
        Declined.unless(pos == end);
        return current = null;
      }
      rootRead = true;
    } else if (isArray[depth - 1]) {
      Declined.unless(pos < end);
      if (bytes[pos] == ']') {
        pos++;
        depth--;
        return current = JsonToken.END_ARRAY;
      }
      itemSeparator();
    }
    // In an object, nextName has read the name and the colon.
    return current = value();
  }

  @Override
  public JsonToken currentToken() {
    return current;
  }

  @Override
  public int nextName(ExpectedNames names, int expected) throws Declined {
    Declined.unless(depth > 0 && !isArray[depth - 1]);
    skipWhitespace();
    Declined.unless(pos < end);
    if (bytes[pos] == '}') {
      pos++;
      depth--;
      current = JsonToken.END_OBJECT;
      return ExpectedNames.END;
    }
    itemSeparator();
    Declined.unless(pos < end && bytes[pos] == '"');
    int number;
    int afterName = expected < names.size() ? names.matchQuoted(expected, bytes, pos + 1, end) : -1;
    if (afterName >= 0) {
      pos = afterName;
      number = expected;
    } else {
      name = string();
      number = names.number(name);
    }
    skipWhitespace();
    Declined.unless(pos < end && bytes[pos] == ':');
    pos++;
    current = JsonToken.FIELD_NAME;
    return number;
  }

  /** The name just read when {@link #nextName} returned {@link ExpectedNames#OTHER}. */
  @Override
  public String currentName() {
    return name;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public long longValue() {
    return number;
  }

  @Override
  public int end() {
    return pos;
  }

  /** Before every item of the open container but its first, a comma (the caller has checked pos < end). */
  private void itemSeparator() throws Declined {
    if (hasItem[depth - 1]) {
      Declined.unless(bytes[pos] == ',');
      pos++;
      skipWhitespace();
    }
    hasItem[depth - 1] = true;
  }

  private JsonToken value() throws Declined {
    Declined.unless(pos < end);
    byte c = bytes[pos];
    switch (c) {
      case '{' -> {
        open(false);
        return JsonToken.START_OBJECT;
      }
      case '[' -> {
        open(true);
        return JsonToken.START_ARRAY;
      }
      case '"' -> {
        text = string();
        return JsonToken.VALUE_STRING;
      }
      case 't' -> {
        literal("true");
        return JsonToken.VALUE_TRUE;
      }
      case 'f' -> {
        literal("false");
        return JsonToken.VALUE_FALSE;
      }
      case 'n' -> {
        literal("null");
        return JsonToken.VALUE_NULL;
      }
      default -> {
        integer();
        return JsonToken.VALUE_NUMBER_INT;
      }
    }
  }

  private void open(boolean array) throws Declined {
    Declined.unless(depth < MAX_DEPTH);
    isArray[depth] = array;
    hasItem[depth] = false;
    depth++;
    pos++;
  }

  /** The string whose opening quote is at {@code pos}; leaves {@code pos} past its closing quote. */
  private String string() throws Declined {
    int from = pos + 1;
    int i = from;
    // Eight bytes at a time while none of them is a quote, a backslash, a control byte or above
    // ASCII; the byte loop below finds which one it was.
    while (i + Long.BYTES <= end && isPlainAscii((long) LONGS.get(bytes, i))) {
      i += Long.BYTES;
    }
    for (; i < end; i++) {
      byte c = bytes[i];
      if (c == '"') {
        pos = i + 1;
        // Only ASCII so far: ISO-8859-1 is a plain copy into a compact string.
        return new String(bytes, from, i - from, ISO_8859_1);
      }
      if (c < 0x20 || c == '\\') {
        Declined.unless(c < 0);
        return multiByteString(from, i);
      }
    }
    throw Declined.INSTANCE;
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** Whether all eight bytes are printable ASCII other than {@code "} and {@code \\}. */
  static boolean isPlainAscii(long eight) {
    long quotes = eight ^ (ONES * '"');
    long backslashes = eight ^ (ONES * '\\');
    // (v - 0x01..) & ~v & 0x80.. is non-zero exactly when some byte of v is zero; for bytes below
    // 0x80, (v - 0x20..) & ~v & 0x80.. when some byte is below 0x20.
    long found =
        ((quotes - ONES) & ~quotes)
            | ((backslashes - ONES) & ~backslashes)
            | ((eight - ONES * 0x20) & ~eight)
            | eight;
    return (found & HIGH_BITS) == 0;
  }

  /** The rest of a string that holds a byte above ASCII at {@code at}. */
  private String multiByteString(int from, int at) throws Declined {
    for (int i = at; i < end; i++) {
      byte c = bytes[i];
      if (c == '"') {
        String s = new String(bytes, from, i - from, UTF_8);
        // The JDK replaces malformed UTF-8 where Jackson would fail or decode it otherwise; only
        // well-formed bytes encode back to themselves, and there the two agree.
        byte[] again = s.getBytes(UTF_8);
        Declined.unless(Arrays.equals(again, 0, again.length, bytes, from, i));
        pos = i + 1;
        return s;
      }
      Declined.unless(c < 0 || (c >= 0x20 && c != '\\'));
    }
    throw Declined.INSTANCE;
  }

  private void literal(String word) throws Declined {
    int length = word.length();
    Declined.unless(end - pos >= length);
    for (int i = 1; i < length; i++) {
      Declined.unless(bytes[pos + i] == word.charAt(i));
    }
    pos += length;
    expectDelimiter();
  }

  /** {@code -?(0|[1-9][0-9]*)} of at most 18 digits, which always fits a long. */
  private void integer() throws Declined {
    boolean negative = bytes[pos] == '-';
    int i = negative ? pos + 1 : pos;
    int firstDigit = i;
    long value = 0;
    while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
      value = value * 10 + (bytes[i] - '0');
      i++;
    }
    int digits = i - firstDigit;
    Declined.unless(digits >= 1 && digits <= 18 && (digits == 1 || bytes[firstDigit] != '0'));
    number = negative ? -value : value;
    pos = i;
    // A fraction or an exponent makes it a decimal, which is not plain here.
    expectDelimiter();
  }

  /** A scalar ends at whitespace, a comma, a closing bracket or the end of the input. */
  private void expectDelimiter() throws Declined {
    if (pos < end) {
      byte c = bytes[pos];
      Declined.unless(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == '}' || c == ']');
    }
  }

  private void skipWhitespace() {
    while (pos < end) {
      byte c = bytes[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }
}
