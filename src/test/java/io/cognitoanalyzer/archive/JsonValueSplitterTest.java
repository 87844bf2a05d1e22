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
}
