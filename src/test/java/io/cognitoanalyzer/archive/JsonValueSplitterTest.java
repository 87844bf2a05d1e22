package io.cognitoanalyzer.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonValueSplitterTest {

  record Piece(JsonValueSplitter.Kind kind, long offset, String text) {}

  static List<Piece> split(String input, int maxValueBytes) throws IOException {
    JsonValueSplitter splitter =
        new JsonValueSplitter(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false, maxValueBytes);
    List<Piece> out = new ArrayList<>();
    for (JsonValueSplitter.Chunk c = splitter.next(); c != null; c = splitter.next()) {
      out.add(new Piece(c.kind(), c.offset(), new String(c.bytes(), 0, c.length(), StandardCharsets.UTF_8)));
    }
    return out;
  }

  static List<Piece> split(String input) throws IOException {
    return split(input, JsonValueSplitter.DEFAULT_MAX_VALUE_BYTES);
  }

  @Test
  void valuesBackToBackWithAnyWhitespaceOrNone() throws IOException {
    assertThat(split("{\"a\":1}{\"b\":\"}{\"}\r\n{\"c\":[1,{}]}  \n\t{\"d\":\"\\\"\"}"))
        .extracting(Piece::text)
        .containsExactly("{\"a\":1}", "{\"b\":\"}{\"}", "{\"c\":[1,{}]}", "{\"d\":\"\\\"\"}");
  }

  @Test
  void offsetsPointAtEachValueInTheStream() throws IOException {
    assertThat(split("{}\n  {\"x\":1}")).extracting(Piece::offset).containsExactly(0L, 5L);
  }

  @Test
  void aByteOrderMarkAndATrailingValueWithoutNewlineAreFine() throws IOException {
    assertThat(split("\uFEFF{\"a\":1}\n{\"b\":2}")).extracting(Piece::kind).containsOnly(JsonValueSplitter.Kind.VALUE).hasSize(2);
  }

  @Test
  void textOutsideValuesIsGarbageToTheEndOfItsLine() throws IOException {
    assertThat(split("{\"a\":1}\nnot json\n{\"b\":2}"))
        .extracting(Piece::kind, Piece::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(JsonValueSplitter.Kind.VALUE, "{\"a\":1}"),
            org.assertj.core.groups.Tuple.tuple(JsonValueSplitter.Kind.GARBAGE, "not json"),
            org.assertj.core.groups.Tuple.tuple(JsonValueSplitter.Kind.VALUE, "{\"b\":2}"));
  }

  @Test
  void aRawNewlineInsideAStringEndsABrokenValueAndTheNextLineStillLoads() throws IOException {
    assertThat(split("{\"eventTimestamp\":\"17658\n{\"b\":2}"))
        .extracting(Piece::kind)
        .containsExactly(JsonValueSplitter.Kind.BROKEN, JsonValueSplitter.Kind.VALUE);
  }

  @Test
  void aValueCutByTheEndOfTheStreamIsBroken() throws IOException {
    assertThat(split("{\"a\":1}{\"b\":")).extracting(Piece::kind).containsExactly(JsonValueSplitter.Kind.VALUE, JsonValueSplitter.Kind.BROKEN);
  }

  @Test
  void valuesOverTheLimitAreToldAndKeepOnlyTheirStart() throws IOException {
    List<Piece> pieces = split("{\"a\":\"0123456789\"}{\"b\":1}", 8);
    assertThat(pieces).extracting(Piece::kind).containsExactly(JsonValueSplitter.Kind.TOO_LARGE, JsonValueSplitter.Kind.VALUE);
    assertThat(pieces.get(0).text()).hasSize(8);
  }

  @Test
  void valuesLongerThanTheReadBufferStayWhole() throws IOException {
    String big = "{\"k\":\"" + "x".repeat(200_000) + "\"}";
    assertThat(split(big + big)).extracting(p -> p.text().length()).containsExactly(big.length(), big.length());
  }

  /**
   * Quotes, backslashes, brackets and escapes at every position in strings, in values back to back
   * with and without whitespace: each value comes out whole.
   */
  @Test
  void stringsWithStopBytesAtEveryAlignmentSplitExactly() throws IOException {
    java.util.Random random = new java.util.Random(7);
    String[] pieces = {"a", "\\\"", "\\\\", "é", "}", "{", "]", "\\n", "xxxxxxx", "\\u00e9"};
    List<String> values = new ArrayList<>();
    StringBuilder stream = new StringBuilder();
    for (int v = 0; v < 500; v++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String value = "{\"k\":\"" + text + "\",\"n\":[" + v + "]}";
      values.add(value);
      stream.append(value).append(random.nextBoolean() ? "" : random.nextBoolean() ? "\n" : "\r\n");
    }
    List<Piece> split = split(stream.toString());
    assertThat(split).extracting(Piece::kind).containsOnly(JsonValueSplitter.Kind.VALUE);
    assertThat(split).extracting(Piece::text).containsExactlyElementsOf(values);
  }

  /**
   * Reading objects in place (window, then skip to where a parser says the object ends) and
   * everything else with next() gives the same pieces at the same offsets as next() alone, over a
   * stream several read buffers long, so that windows are refilled with values across their ends.
   */
  @Test
  void objectsReadInPlaceAgreeWithNextAcrossRefills() throws IOException {
    java.util.Random random = new java.util.Random(11);
    StringBuilder stream = new StringBuilder();
    for (int v = 0; v < 3000; v++) {
      int kind = random.nextInt(20);
      String value =
          kind == 0 ? "[" + v + ",{}]" : kind == 1 ? "junk " + v : "{\"n\":" + v + ",\"k\":\"" + "é}\\\"".repeat(random.nextInt(60)) + "\"}";
      stream.append(value).append(kind == 1 || random.nextBoolean() ? "\n" : "");
    }
    stream.append("{\"cut\":");
    byte[] bytes = stream.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(4 * (1 << 16));

    JsonValueSplitter splitter = new JsonValueSplitter(new ByteArrayInputStream(bytes));
    List<Piece> pieces = new ArrayList<>();
    int inPlace = 0;
    while (true) {
      JsonValueSplitter.Window window = splitter.objectWindow();
      Integer end = window == null ? null : objectEnd(window);
      if (end != null) {
        pieces.add(new Piece(JsonValueSplitter.Kind.VALUE, window.offset(), new String(window.bytes(), window.start(), end - window.start(), StandardCharsets.UTF_8)));
        splitter.skip(end);
        inPlace++;
        continue;
      }
      JsonValueSplitter.Chunk c = splitter.next();
      if (c == null) {
        break;
      }
      pieces.add(new Piece(c.kind(), c.offset(), new String(c.bytes(), 0, c.length(), StandardCharsets.UTF_8)));
    }
    assertThat(pieces).containsExactlyElementsOf(split(stream.toString()));
    assertThat(inPlace).isGreaterThan(2500);
  }

  /** Where the object at the window's start ends, as a parser finds it; null if not in the window. */
  private static Integer objectEnd(JsonValueSplitter.Window window) {
    try (com.fasterxml.jackson.core.JsonParser parser =
        new com.fasterxml.jackson.core.JsonFactory().createParser(window.bytes(), window.start(), window.end() - window.start())) {
      parser.nextToken();
      parser.skipChildren();
      return window.start() + (int) parser.currentLocation().getByteOffset();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * A read that fails while a window is refilled does not lose the values before it: they are all
   * delivered, and the failure comes with the value it cut, as it does without windows.
   */
  @Test
  void aReadFailureDuringARefillComesAfterEveryValueBeforeIt() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int v = 0; v < 100; v++) {
      text.append("{\"n\":").append(v).append("}\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] cut = "{\"n\":100,\"cut".getBytes(StandardCharsets.UTF_8);
    java.io.InputStream failing =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(good),
            new java.io.SequenceInputStream(
                new ByteArrayInputStream(cut),
                new java.io.InputStream() {
                  @Override
                  public int read() throws IOException {
                    throw new java.io.EOFException("Unexpected end of ZLIB input stream");
                  }
                }));
    JsonValueSplitter splitter = new JsonValueSplitter(failing);
    List<String> values = new ArrayList<>();
    IOException failure = null;
    try {
      for (JsonValueSplitter.Window w = splitter.objectWindow(); ; w = splitter.objectWindow()) {
        Integer end = w == null ? null : objectEnd(w);
        if (end == null) {
          splitter.next();
          break;
        }
        values.add(new String(w.bytes(), w.start(), end - w.start(), StandardCharsets.UTF_8));
        splitter.skip(end);
      }
    } catch (java.io.EOFException e) {
      failure = e;
    }
    assertThat(values).hasSize(100).endsWith("{\"n\":99}");
    assertThat(failure).isNotNull();
    JsonValueSplitter.Chunk partial = splitter.partial();
    assertThat(partial.offset()).isEqualTo(good.length);
    assertThat(new String(partial.bytes(), 0, partial.length(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":100,\"cut");
  }
}
