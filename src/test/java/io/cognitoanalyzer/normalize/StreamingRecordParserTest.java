package io.cognitoanalyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitoanalyzer.archive.Compression;
import io.cognitoanalyzer.archive.ExportLineSplitter;
import io.cognitoanalyzer.archive.JsonValueSplitter;
import io.cognitoanalyzer.archive.KeyHints;
import io.cognitoanalyzer.archive.PeekableInputStream;
import io.cognitoanalyzer.sample.SampleArchive;
import io.cognitoanalyzer.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming fast path against the tree path it stands in for: wherever it answers, its answer
 * is the tree path's, field by field; and it answers for the plain records that make up most
 * archives.
 */
class StreamingRecordParserTest {

  @TempDir static Path sampleDir;

  /** One root JSON value as the archive reader would hand it over, with where it came from. */
  record RootValue(String where, byte[] bytes, String keyPool, Instant fallbackTime) {}

  private static final Instant CLOUDWATCH_TIME = Instant.parse("2026-03-02T10:00:00Z");

  @BeforeAll
  static void writeSample() throws IOException {
    SampleArchive.write(sampleDir, 600, 23L);
  }

  @Test
  void agreesWithTheTreePathOnEveryFixtureValue() throws IOException {
    List<RootValue> values = rootValues(Fixtures.root());
    assertThat(values).hasSizeGreaterThan(40);
    Coverage coverage = assertAgreement(values);
    // Every plain fixture record, in each layout that has bare records or export lines.
    assertThat(coverage.fast).isGreaterThanOrEqualTo(20);
  }

  @Test
  void agreesWithTheTreePathOnEverySampleValueAndTakesMostRecords() throws IOException {
    List<RootValue> values = rootValues(sampleDir);
    assertThat(values).hasSizeGreaterThan(1000);
    Coverage coverage = assertAgreement(values);
    assertThat(coverage.activity).isGreaterThan(1000);
    assertThat(coverage.fast).isGreaterThan(coverage.activity * 95 / 100);
    // The byte scanner, not Jackson, reads almost all of them.
    assertThat(coverage.scanned).isGreaterThan(coverage.activity * 90 / 100);
  }

  /**
   * Every byte of the real record replaced by each byte that matters to a JSON reader, and every
   * byte deleted: whatever the tree path makes of the result, the fast path (byte scanner first,
   * Jackson second) declines or agrees with it.
   */
  @Test
  void agreesWithTheTreePathOnEveryOneByteMutationOfARecord() {
    byte[] real = REAL.getBytes(StandardCharsets.UTF_8);
    byte[] replacements = {
      ',', ':', '{', '}', '[', ']', '"', '\\', ' ', '\n', 0, 0x1f, 0x7f, '0', '9', '-', '.', 'e', 'n', 't',
      (byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc3, (byte) 0xed, (byte) 0xf0, (byte) 0xff
    };
    List<RootValue> values = new ArrayList<>();
    for (int at = 0; at < real.length; at++) {
      for (byte replacement : replacements) {
        if (real[at] != replacement) {
          byte[] mutant = real.clone();
          mutant[at] = replacement;
          values.add(new RootValue("byte " + at + " -> " + (replacement & 0xff), mutant, null, null));
        }
      }
      byte[] deleted = new byte[real.length - 1];
      System.arraycopy(real, 0, deleted, 0, at);
      System.arraycopy(real, at + 1, deleted, at, real.length - at - 1);
      values.add(new RootValue("byte " + at + " deleted", deleted, null, null));
    }
    Coverage coverage = assertAgreement(values);
    // Most mutants are still records (a changed letter in a value), and the scanner reads them.
    assertThat(coverage.scanned).isGreaterThan(values.size() / 3);
  }

  /**
   * Spellings at the byte scanner's edges: those it declines, for Jackson to read, and those just
   * inside them that it reads itself. Either way, the tree path's answer.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "whitespace everywhere|{\"eventTimestamp\":|{ \n\t\"eventTimestamp\" \r\n : ",
        "whitespace before the end|}}|} \n} \n",
        "a byte order mark|{\"eventTimestamp\"|\uFEFF{\"eventTimestamp\"",
        "an escaped slash|\"city\":\"Zürich\"|\"city\":\"Z\\/rich\"",
        "a leading zero|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":01765874825000",
        "an integer of 19 digits|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":1765874825000000000",
        "an integer of 18 digits|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":176587482500000000",
        "a negative integer|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":-1765874825000",
        "an exponent|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":1765874825000e0",
        "a trailing comma in the message|\"hasContextData\":\"true\"|\"hasContextData\":\"true\",",
        "a trailing comma in the challenges|\"challenges\":[\"Password:Success\"]|\"challenges\":[\"Password:Success\",]",
        "no comma between challenges|\"challenges\":[\"Password:Success\"]|\"challenges\":[\"Password:Success\" \"Mfa:Failure\"]",
        "a literal cut short|\"hasContextData\":\"true\"|\"hasContextData\":tru",
        "a literal run on|\"hasContextData\":\"true\"|\"hasContextData\":truex",
        "a single-quoted value|\"city\":\"Zürich\"|\"city\":'Zürich'",
        "DEL in a string|\"city\":\"Zürich\"|\"city\":\"Zü\u007frich\"",
        "characters of two, three and four bytes|\"city\":\"Zürich\"|\"city\":\"ü€\uD83C\uDFD4 ok\"",
        "a long plain string|\"city\":\"Zürich\"|\"city\":\"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"",
      })
  void agreesWithTheTreePathOnSpellingsAtTheByteScannersEdges(String variant) {
    agreesWithTheTreePathOnHandMadeVariants(variant);
  }

  @Test
  void theByteScannerReadsThePlainRecordWithItsNonAsciiCity() {
    byte[] bytes = REAL.getBytes(StandardCharsets.UTF_8);
    assertThat(StreamingRecordParser.scan(bytes, 0, bytes.length, true)).isNotNull();
    byte[] escaped = REAL.replace("Zürich", "Z\\u00fcrich").getBytes(StandardCharsets.UTF_8);
    assertThat(StreamingRecordParser.scan(escaped, 0, escaped.length, true)).isNull();
    assertThat(StreamingRecordParser.parse(escaped, 0, escaped.length, true)).isNotNull();
  }

  /** Spellings the generators do not write but real or hand-made files might. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "message.city: JSON null|\"city\":\"Zürich\"|\"city\":null",
        "message.city: empty|\"city\":\"Zürich\"|\"city\":\"\"",
        "message.city: the word null|\"city\":\"Zürich\"|\"city\":\"null\"",
        "message.city: escapes|\"city\":\"Zürich\"|\"city\":\"Z\\u00fcrich \\\"old\\\" \\\\ town\"",
        "message.city: every printable ASCII character and DEL|\"city\":\"Zürich\"|\"city\":\" !#$%&'()*+,-./09:;<=>?@AZ[]^_`az{}~\u007f\"",
        "message.city: ASCII, then an escape|\"city\":\"Zürich\"|\"city\":\"Zurich\\n\"",
        "message.city: ASCII, then a multi-byte character|\"city\":\"Zürich\"|\"city\":\"Zurich ü\"",
        "message.city: a character outside the BMP|\"city\":\"Zürich\"|\"city\":\"Zurich \uD83C\uDFD4\"",
        "message.city: a number|\"city\":\"Zürich\"|\"city\":-0",
        "message.city: an object|\"city\":\"Zürich\"|\"city\":{\"name\":\"Zürich\"}",
        "eventTimestamp: a JSON number|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":1765874825000",
        "eventTimestamp: seconds|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":1765874825",
        "eventTimestamp: a fraction|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":1765874825.5",
        "eventTimestamp: a fraction as text|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":\"1.765874825E9\"",
        "eventTimestamp: a huge integer|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":123456789012345678901234567890",
        "eventTimestamp: garbage|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":\"undefined\"",
        "eventTimestamp: JSON null|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":null",
        "eventTimestamp: boolean|\"eventTimestamp\":\"1765874825000\"|\"eventTimestamp\":true",
        "eventTimestamp and creationDate unusable|\"1765874825000\"|\"x\"|Mon Dec 16 07:43:24 UTC 2025|not a date",
        "creationDate: ISO-8601|\"eventTimestamp\":\"1765874825000\",||Mon Dec 16 07:43:24 UTC 2025|2025-12-16T07:43:24.500+01:00",
        "creationDate: a Java date in another zone|\"eventTimestamp\":\"1765874825000\",||UTC 2025|CET 2025",
        "booleans: JSON|\"hasContextData\":\"true\"|\"hasContextData\":true",
        "booleans: upper case with spaces|\"hasContextData\":\"true\"|\"hasContextData\":\" TRUE \"",
        "booleans: the other spelling of compromised|\"compromisedCredentialDetected\":\"false\"|\"compromisedCredentialsDetected\":true",
        "booleans: JSON null hides the other spelling|\"compromisedCredentialDetected\":\"false\"|\"compromisedCredentialDetected\":null,\"compromisedCredentialsDetected\":true",
        "challenges: JSON null|\"challenges\":[\"Password:Success\"]|\"challenges\":null",
        "challenges: empty|\"challenges\":[\"Password:Success\"]|\"challenges\":[]",
        "challenges: null and empty items|\"challenges\":[\"Password:Success\"]|\"challenges\":[null,\"\",\"Mfa:Failure\",\"null\",true]",
        "challenges: one string|\"challenges\":[\"Password:Success\"]|\"challenges\":\"Password:Success\"",
        "challenges: a serialized array|\"challenges\":[\"Password:Success\"]|\"challenges\":\"[\\\"Password:Success\\\",\\\"Mfa:Failure\\\"]\"",
        "challenges: objects|\"challenges\":[\"Password:Success\"]|\"challenges\":[{\"challengeName\":\"Password\",\"challengeResponse\":\"Success\"}]",
        "challenges: a boolean|\"challenges\":[\"Password:Success\"]|\"challenges\":true",
        "extra keys: scalars|\"hasContextData\":\"true\"|\"hasContextData\":\"true\",\"authFlow\":\"USER_SRP_AUTH\",\"n\":null,\"e\":\"\",\"b\":false",
        "extra keys: a number|\"hasContextData\":\"true\"|\"hasContextData\":\"true\",\"attempt\":2",
        "extra keys: nested|\"hasContextData\":\"true\"|\"hasContextData\":\"true\",\"context\":{\"a\":[1,2]}",
        "extra keys: a duplicate|\"hasContextData\":\"true\"|\"hasContextData\":\"true\",\"authFlow\":\"a\",\"authFlow\":\"b\"",
        "a key spelled with an escape|\"city\":|\"\\u0063ity\":",
        "a key that starts like a known one|\"city\":|\"cityName\":",
        "duplicate message key|\"hasContextData\":\"true\"|\"hasContextData\":\"true\",\"city\":\"Bern\"",
        "duplicate challenges|\"hasContextData\":\"true\"|\"hasContextData\":\"true\",\"challenges\":[]",
        "duplicate top-level key|\"logLevel\":\"INFO\"|\"logLevel\":\"INFO\",\"logLevel\":\"ERROR\"",
        "unknown top-level key|\"logLevel\":\"INFO\"|\"logLevel\":\"INFO\",\"owner\":\"111122223333\"",
        "logSourceId: extra key|{\"userPoolId\":\"eu-central-1-manual-testing\"}|{\"userPoolId\":\"eu-central-1-manual-testing\",\"region\":\"x\"}",
        "logSourceId: JSON null pool|{\"userPoolId\":\"eu-central-1-manual-testing\"}|{\"userPoolId\":null}",
        "logSourceId: empty|{\"userPoolId\":\"eu-central-1-manual-testing\"}|{}",
        "logSourceId: not an object|{\"userPoolId\":\"eu-central-1-manual-testing\"}|\"eu-central-1-manual-testing\"",
        "logSourceId: another pool than the message|{\"userPoolId\":\"eu-central-1-manual-testing\"}|{\"userPoolId\":\"us-east-1_Other1\"}",
        "no pool anywhere|\"eu-central-1-manual-testing\"|null",
        "eventSource: other spelling|\"USER_AUTH_EVENTS\"|\"userActivity\"",
        "eventSource: missing|\"eventSource\":\"USER_AUTH_EVENTS\",|",
        "eventSource: unknown|\"USER_AUTH_EVENTS\"|\"USER_SOMETHING_NEW\"",
        "eventSource: notification|\"USER_AUTH_EVENTS\"|\"USER_NOTIFICATION\"",
        "eventId: missing|\"eventId\":\"00f226ae-558c-4468-b994-7d3f06c4d13f\",|",
        "eventId: empty|\"eventId\":\"00f226ae-558c-4468-b994-7d3f06c4d13f\"|\"eventId\":\"\"",
        "message: not an object|\"message\":{|\"message\":\"x\",\"m\":{",
        "root: an array|{\"eventTimestamp\"|[{\"eventTimestamp\"",
        "trailing text|\"}}|\"}} trailing",
        "trailing value|\"}}|\"}}{}",
        "cut short|-testing\"}}|-testing",
        "a control character in a string|\"city\":\"Zürich\"|\"city\":\"Zü\trich\"",
      })
  void agreesWithTheTreePathOnHandMadeVariants(String variant) {
    // name|from|to[|from|to...]: every occurrence of each "from" in the real record becomes "to".
    String[] parts = variant.split("\\|", -1);
    String text = REAL;
    for (int i = 1; i < parts.length; i += 2) {
      assertThat(text).as("variant anchor").contains(parts[i]);
      text = text.replace(parts[i], parts[i + 1]);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertAgreement(List.of(new RootValue(parts[0], bytes, null, null)));
    assertAgreement(List.of(new RootValue(parts[0], bytes, "us-east-1_Key1", CLOUDWATCH_TIME)));
  }

  @Test
  void answersWhateverTheKeyOrder() throws IOException {
    ObjectNode record = (ObjectNode) Json.MAPPER.readTree(REAL);
    ObjectNode reversed = reversed(record);
    reversed.set("message", reversed((ObjectNode) record.get("message")));
    byte[] bytes = Json.MAPPER.writeValueAsBytes(reversed);
    assertThat(StreamingRecordParser.normalize(bytes, 0, bytes.length, origin(null, null), true)).isInstanceOf(ActivityEvent.class);
    assertAgreement(List.of(new RootValue("reversed keys", bytes, null, null)));
  }

  private static ObjectNode reversed(ObjectNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    ObjectNode out = Json.MAPPER.createObjectNode();
    names.forEach(name -> out.set(name, node.get(name)));
    return out;
  }

  @Test
  void answersForThePlainRecordAndItsCommonSpellings() {
    assertThat(fast(REAL)).isInstanceOf(ActivityEvent.class);
    assertThat(fast(REAL.replace("\"hasContextData\":\"true\"", "\"hasContextData\":true"))).isInstanceOf(ActivityEvent.class);
    assertThat(fast(REAL.replace("\"eventTimestamp\":\"1765874825000\"", "\"eventTimestamp\":1765874825000"))).isInstanceOf(ActivityEvent.class);
    assertThat(fast(REAL.replace("\"city\":\"Zürich\"", "\"city\":null"))).isInstanceOf(ActivityEvent.class);
  }

  @Test
  void declinesWhatItDoesNotCover() {
    assertThat(fast(REAL.replace("\"USER_AUTH_EVENTS\"", "\"USER_NOTIFICATION\""))).isNull();
    assertThat(fast(REAL.replace("\"eventId\":\"00f226ae-558c-4468-b994-7d3f06c4d13f\",", ""))).isNull();
    assertThat(fast(REAL.replace("\"logLevel\":\"INFO\"", "\"logLevel\":\"INFO\",\"logLevel\":\"INFO\""))).isNull();
    assertThat(fast(REAL.replace("\"city\":\"Zürich\"", "\"city\":1"))).isNull();
    assertThat(fast(REAL + " x")).isNull();
    assertThat(fast(REAL.substring(0, REAL.length() - 1))).isNull();
  }

  @Test
  void declinesBytesThatAreNotUtf8AsTheTreePathRejectsThem() {
    byte[] bytes = REAL.getBytes(StandardCharsets.UTF_8);
    int city = REAL.indexOf("Zürich");
    for (byte bad : new byte[] {(byte) 0xff, (byte) 0x80, (byte) 0xc3}) {
      byte[] broken = bytes.clone();
      // "Z" then a byte no UTF-8 character starts or ends with here, then "rich".
      broken[city + 1] = bad;
      broken[city + 2] = 'r';
      assertThatThrownBy(() -> Json.MAPPER.readTree(broken)).isInstanceOf(IOException.class);
      assertThat(StreamingRecordParser.normalize(broken, 0, broken.length, origin(null, null), true)).isNull();
    }
  }

  @Test
  void validatesWithoutBuildingWhenAskedTo() {
    byte[] bytes = REAL.getBytes(StandardCharsets.UTF_8);
    assertThat(StreamingRecordParser.normalize(bytes, 0, bytes.length, origin(null, null), false)).isSameAs(Decoded.VALID_ACTIVITY);
  }

  @Test
  void readsOnlyItsSliceOfTheBuffer() {
    byte[] inner = REAL.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[inner.length + 20];
    java.util.Arrays.fill(padded, (byte) '{');
    System.arraycopy(inner, 0, padded, 10, inner.length);
    Decoded fast = StreamingRecordParser.normalize(padded, 10, inner.length, origin(null, null), true);
    assertThat(fast).usingRecursiveComparison().isEqualTo(fast(REAL));
  }

  @Test
  void readsTheFirstRecordOfABufferAndSaysWhereItEnds() {
    byte[] real = REAL.getBytes(StandardCharsets.UTF_8);
    byte[] buffer = ("xxxxxxxxxx" + REAL + REAL + "\n{\"cut").getBytes(StandardCharsets.UTF_8);
    StreamingRecordParser.InPlace first = StreamingRecordParser.normalizeFirst(buffer, 10, buffer.length, origin(null, null), true);
    assertThat(first.end()).isEqualTo(10 + real.length);
    assertThat(first.decoded()).usingRecursiveComparison().isEqualTo(fast(REAL));
    StreamingRecordParser.InPlace second = StreamingRecordParser.normalizeFirst(buffer, first.end(), buffer.length, origin(null, null), true);
    assertThat(second.end()).isEqualTo(10 + 2 * real.length);
    // A slice that ends before the closing brace, and what follows the last record, decline.
    assertThat(StreamingRecordParser.normalizeFirst(buffer, 10, 10 + real.length - 1, origin(null, null), true)).isNull();
    assertThat(StreamingRecordParser.normalizeFirst(buffer, second.end() + 1, buffer.length, origin(null, null), true)).isNull();
  }

  /**
   * The value followed by more values in one buffer reads in place as it reads alone, and ends
   * just past its closing brace.
   */
  private static void assertReadsInPlace(byte[] value, Decoded alone, RecordOrigin origin) {
    int length = value.length;
    while (length > 0 && Character.isWhitespace(value[length - 1])) {
      length--;
    }
    byte[] next = "\n{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] buffer = java.util.Arrays.copyOf(value, length + next.length);
    System.arraycopy(next, 0, buffer, length, next.length);
    StreamingRecordParser.InPlace first = StreamingRecordParser.normalizeFirst(buffer, 0, buffer.length, origin, true);
    assertThat(first).isNotNull();
    assertThat(first.end()).isEqualTo(length);
    assertThat(first.decoded()).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(alone);
  }

  /** The real record of CognitoRecordNormalizerTest, with a non-ASCII city. */
  private static final String REAL = CognitoRecordNormalizerTest.REAL.replace("\"city\":\"xxxxxx\"", "\"city\":\"Zürich\"");

  private static Decoded fast(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return StreamingRecordParser.normalize(bytes, 0, bytes.length, origin(null, null), true);
  }

  private static RecordOrigin origin(String keyPool, Instant fallbackTime) {
    return new RecordOrigin("firehose", "s3a://bucket/key", 42, fallbackTime, keyPool, null);
  }

  private static final class Coverage {
    int activity;
    int fast;
    int scanned;
  }

  /**
   * For each value, both with and without rows built: the fast path either declines or returns
   * exactly what the tree path returns.
   */
  private static Coverage assertAgreement(List<RootValue> values) {
    Coverage coverage = new Coverage();
    for (RootValue value : values) {
      RecordOrigin origin = origin(value.keyPool(), value.fallbackTime());
      JsonNode tree;
      try {
        tree = Json.MAPPER.readTree(value.bytes());
      } catch (IOException e) {
        tree = null;
      }
      Decoded fast = StreamingRecordParser.normalize(value.bytes(), 0, value.bytes().length, origin, true);
      Decoded fastValidation = StreamingRecordParser.normalize(value.bytes(), 0, value.bytes().length, origin, false);
      if (tree == null || !tree.isObject()) {
        assertThat(fast).as(value.where()).isNull();
        assertThat(fastValidation).as(value.where()).isNull();
        continue;
      }
      Decoded expected = CognitoRecordNormalizer.normalize(tree, origin, true);
      if (expected instanceof ActivityEvent) {
        coverage.activity++;
      }
      if (fast != null) {
        coverage.fast++;
        assertReadsInPlace(value.bytes(), fast, origin);
        assertThat(fast)
            .as(value.where())
            .usingRecursiveComparison()
            .withStrictTypeChecking()
            .isEqualTo(expected);
      }
      StreamedRecord scanned = StreamingRecordParser.scan(value.bytes(), 0, value.bytes().length, true);
      if (scanned != null) {
        // What the byte scanner reads, Jackson reads the same way.
        StreamedRecord parsed = StreamingRecordParser.parse(value.bytes(), 0, value.bytes().length, true);
        assertThat(parsed).as(value.where() + ": Jackson reads what the scanner reads").isNotNull();
        assertThat(scanned).as(value.where()).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(parsed);
        coverage.scanned += fast instanceof ActivityEvent ? 1 : 0;
      }
      if (fastValidation != null) {
        assertThat(fastValidation).as(value.where()).isSameAs(CognitoRecordNormalizer.normalize(tree, origin, false));
      }
      assertThat(fastValidation == null).as(value.where() + ": the same answer with and without rows").isEqualTo(fast == null);
    }
    return coverage;
  }

  /**
   * Every root JSON value of every object under {@code dir}, as the archive reader frames them:
   * splitter values (also split at every newline, as the reader does for a broken value), export
   * line messages, and the records inside subscription envelopes.
   */
  private static List<RootValue> rootValues(Path dir) throws IOException {
    List<RootValue> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String where = dir.relativize(file).toString();
        String keyPool = KeyHints.of("/" + where.replace('\\', '/')).pool();
        addValues(file, where, keyPool, out);
      }
    }
    return out;
  }

  private static void addValues(Path file, String where, String keyPool, List<RootValue> out) throws IOException {
    for (boolean byLine : new boolean[] {false, true}) {
      try (InputStream raw = Files.newInputStream(file)) {
        PeekableInputStream text = Compression.decompress(raw);
        String head = new String(text.peek(512), StandardCharsets.UTF_8).stripLeading();
        if (ExportLineSplitter.looksLikeExport(head)) {
          if (!byLine) {
            ExportLineSplitter lines = new ExportLineSplitter(text);
            for (ExportLineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
              out.add(new RootValue(where + "@" + line.offset(), line.message(), keyPool, line.time()));
            }
          }
          continue;
        }
        JsonValueSplitter values = new JsonValueSplitter(text, byLine, JsonValueSplitter.DEFAULT_MAX_VALUE_BYTES);
        for (JsonValueSplitter.Chunk chunk = values.next(); chunk != null; chunk = values.next()) {
          if (chunk.kind() == JsonValueSplitter.Kind.VALUE) {
            byte[] bytes = java.util.Arrays.copyOf(chunk.bytes(), chunk.length());
            out.add(new RootValue(where + "@" + chunk.offset(), bytes, keyPool, null));
            addEnvelopeRecords(bytes, where + "@" + chunk.offset(), keyPool, out);
          }
        }
      } catch (IOException e) {
        // Unsupported compression or a truncated stream: the values before the failure count.
      }
    }
  }

  private static void addEnvelopeRecords(byte[] bytes, String where, String keyPool, List<RootValue> out) {
    JsonNode envelope;
    try {
      envelope = Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      return;
    }
    int index = 0;
    for (JsonNode event : envelope.path("logEvents")) {
      byte[] message = event.path("message").asText("").getBytes(StandardCharsets.UTF_8);
      out.add(new RootValue(where + " logEvents[" + index++ + "]", message, keyPool, CLOUDWATCH_TIME));
    }
  }}
