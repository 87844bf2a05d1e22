package io.cognitoanalyzer.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;

/** The run-aware dictionary writes exactly the pages parquet-mr's own V1 writer does. */
class RunAwareDictionariesTest {
  private static final MessageType SCHEMA = Types.buildMessage().optional(PrimitiveTypeName.BINARY).named("s").optional(PrimitiveTypeName.INT32).named("i").named("m");
  private static final ColumnDescriptor STRING = SCHEMA.getColumns().get(0);

  @Test
  void pagesAndDictionariesAreParquetMrsOwn() throws IOException {
    Random random = new Random(42);
    List<Binary> values = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      // Runs of one value, repeats after other values, slices of shared arrays.
      String s = random.nextInt(4) == 0 ? "value-" + random.nextInt(40) : "value-" + (i / 50);
      byte[] padded = ("##" + s + "##").getBytes(UTF_8);
      values.add(Binary.fromConstantByteArray(padded, 2, padded.length - 4));
    }
    assertSamePages(values, 1 << 20);
  }

  /** A small dictionary page overflows: both fall back to plain encoding at the same value. */
  @Test
  void fallsBackToPlainAsParquetMrDoes() throws IOException {
    List<Binary> values = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      values.add(Binary.fromString("v" + (i % 3 == 0 ? i : i / 7)));
    }
    assertSamePages(values, 512);
  }

  /** A value in a reused array is remembered by its bytes, not by the array that changes. */
  @Test
  void aReusedArrayIsNotMistakenForARepeat() throws IOException {
    byte[] shared = new byte[1];
    List<Binary> values = new ArrayList<>();
    ValuesWriter ours = properties(1 << 20, true).newValuesWriter(STRING);
    ValuesWriter theirs = properties(1 << 20, false).newValuesWriter(STRING);
    for (byte b : "aabba".getBytes(UTF_8)) {
      shared[0] = b;
      ours.writeBytes(Binary.fromReusedByteArray(shared));
      theirs.writeBytes(Binary.fromReusedByteArray(shared));
    }
    assertThat(ours.getBytes().toByteArray()).isEqualTo(theirs.getBytes().toByteArray());
    assertThat(ours.toDictPageAndClose().getDictionarySize()).isEqualTo(2);
  }

  @Test
  void onlyDictionaryEncodedStringColumnsAreChanged() {
    assertThat(properties(1 << 20, true).newValuesWriter(STRING).getClass().getName()).contains("Fallback");
    assertThat(properties(1 << 20, true).newValuesWriter(SCHEMA.getColumns().get(1)).getClass())
        .isEqualTo(properties(1 << 20, false).newValuesWriter(SCHEMA.getColumns().get(1)).getClass());
    ParquetProperties noDictionary = ParquetProperties.builder().withDictionaryEncoding(false).withValuesWriterFactory(new RunAwareDictionaries()).build();
    assertThat(noDictionary.newValuesWriter(STRING).getClass())
        .isEqualTo(ParquetProperties.builder().withDictionaryEncoding(false).build().newValuesWriter(STRING).getClass());
  }

  /** Writes the values as two pages, a new dictionary (row group), and one more page. */
  private static void assertSamePages(List<Binary> values, int dictionaryPageSize) throws IOException {
    ValuesWriter ours = properties(dictionaryPageSize, true).newValuesWriter(STRING);
    ValuesWriter theirs = properties(dictionaryPageSize, false).newValuesWriter(STRING);
    int third = values.size() / 3;
    for (List<Binary> page : List.of(values.subList(0, third), values.subList(third, 2 * third), values.subList(2 * third, values.size()))) {
      for (Binary v : page) {
        ours.writeBytes(v);
        theirs.writeBytes(v);
      }
      assertThat(ours.getEncoding()).isEqualTo(theirs.getEncoding());
      assertThat(ours.getBytes().toByteArray()).isEqualTo(theirs.getBytes().toByteArray());
      ours.reset();
      theirs.reset();
      if (page.get(0) == values.get(third)) {
        assertSameDictionary(ours.toDictPageAndClose(), theirs.toDictPageAndClose());
        ours.resetDictionary();
        theirs.resetDictionary();
      }
    }
    assertSameDictionary(ours.toDictPageAndClose(), theirs.toDictPageAndClose());
  }

  private static void assertSameDictionary(DictionaryPage ours, DictionaryPage theirs) throws IOException {
    if (theirs == null) {
      assertThat(ours).isNull();
      return;
    }
    assertThat(ours.getDictionarySize()).isEqualTo(theirs.getDictionarySize());
    assertThat(ours.getBytes().toByteArray()).isEqualTo(theirs.getBytes().toByteArray());
  }

  private static ParquetProperties properties(int dictionaryPageSize, boolean runAware) {
    ParquetProperties.Builder builder = ParquetProperties.builder().withDictionaryPageSize(dictionaryPageSize);
    return (runAware ? builder.withValuesWriterFactory(new RunAwareDictionaries()) : builder).build();
  }
}
