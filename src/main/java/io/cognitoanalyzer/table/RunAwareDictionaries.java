package io.cognitoanalyzer.table;

import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;
import org.apache.parquet.column.values.plain.PlainValuesWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * parquet-mr's value writers, except that a string column's dictionary first checks whether a
 * value repeats the one before it. A winner file holds one (pool, day): most rows share their
 * source_object (the same {@code Binary} instance, see {@link ObjectIndex#utf8}), event type,
 * response, risk, client and country with the row before, and parquet-mr would otherwise hash
 * every value in full, the 290-byte URI included, to find an id it has just used.
 *
 * <p>The files are byte for byte what parquet-mr's own V1 writers produce: same dictionary, same
 * ids, same fallback to plain encoding. Only writer version 1 (Spark's default) is changed;
 * anything else goes to parquet-mr's default factory.
 */
final class RunAwareDictionaries implements ValuesWriterFactory {
  private final ValuesWriterFactory defaults = new DefaultValuesWriterFactory();
  private ParquetProperties properties;

  @Override
  public void initialize(ParquetProperties properties) {
    this.properties = properties;
    defaults.initialize(properties);
  }

  @Override
  public ValuesWriter newValuesWriter(ColumnDescriptor column) {
    if (column.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.BINARY
        || properties.getWriterVersion() != ParquetProperties.WriterVersion.PARQUET_1_0
        || !properties.isDictionaryEnabled(column)) {
      return defaults.newValuesWriter(column);
    }
    // As parquet-mr's V1 factory builds a string column's writer, with this dictionary.
    return FallbackValuesWriter.of(
        new RunAwareDictionaryWriter(properties.getDictionaryPageSizeThreshold(), Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, properties.getAllocator()),
        new PlainValuesWriter(properties.getInitialSlabSize(), properties.getPageSizeThreshold(), properties.getAllocator()));
  }

  /** parquet-mr's dictionary for strings, remembering the last value written and its id. */
  static final class RunAwareDictionaryWriter extends DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter {
    private Binary last;
    private int lastId;

    RunAwareDictionaryWriter(int maxDictionaryByteSize, Encoding dataPages, Encoding dictionaryPage, ByteBufferAllocator allocator) {
      super(maxDictionaryByteSize, dataPages, dictionaryPage, allocator);
    }

    /** parquet-mr's own, with a look at the previous value before the hash lookup. */
    @Override
    public void writeBytes(Binary v) {
      if (last == null || !last.equals(v)) {
        int id = binaryDictionaryContent.getInt(v);
        if (id == -1) {
          id = binaryDictionaryContent.size();
          binaryDictionaryContent.put(v.copy(), id);
          dictionaryByteSize += 4L + v.length(); // the dictionary page holds a length and the bytes
        }
        last = v.copy(); // the same instance unless its bytes are reused
        lastId = id;
      }
      encodedValues.add(lastId);
    }

    /** A new row group or a fallback starts the ids over. */
    @Override
    protected void clearDictionaryContent() {
      super.clearDictionaryContent();
      last = null;
    }
  }
}
