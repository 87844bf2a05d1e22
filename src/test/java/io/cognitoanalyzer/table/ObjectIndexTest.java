package io.cognitoanalyzer.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

class ObjectIndexTest {
  /**
   * Numbers follow the URIs' UTF-8 bytes, as Spark orders strings, not Java's UTF-16 order: U+E000
   * sorts before an emoji in UTF-8 (EE.. < F0..) but after it in UTF-16 (E000 > D83D).
   */
  @Test
  void numbersFollowTheUnsignedUtf8OrderOfTheUris() {
    String privateUse = "s3a://b/\uE000.gz";
    String emoji = "s3a://b/\uD83D\uDE00.gz";
    String ascii = "s3a://b/z.gz";
    ObjectIndex index = ObjectIndex.of(List.of(emoji, privateUse, ascii, ascii));

    assertThat(index.size()).isEqualTo(3);
    assertThat(index.number(ascii)).isLessThan(index.number(privateUse));
    assertThat(index.number(privateUse)).isLessThan(index.number(emoji));
    assertThat(emoji.compareTo(privateUse)).as("Java's own order differs").isNegative();
    for (String uri : List.of(privateUse, emoji, ascii)) {
      assertThat(index.uri(index.number(uri))).isEqualTo(uri);
      assertThat(index.utf8(index.number(uri)).getBytes()).isEqualTo(uri.getBytes(UTF_8));
    }
  }

  @Test
  void anUnlistedObjectIsAnError() {
    ObjectIndex index = ObjectIndex.of(List.of("s3a://b/a.gz"));
    assertThatThrownBy(() -> index.number("s3a://b/other.gz")).hasMessageContaining("s3a://b/other.gz").hasMessageContaining("1 objects");
  }

  /** The index travels to executors serialized; its lookups are rebuilt there. */
  @Test
  void worksAfterSerialization() {
    ObjectIndex index = ObjectIndex.of(List.of("s3a://b/b.gz", "s3a://b/a.gz"));
    SerializerInstance serializer = new JavaSerializer(new SparkConf()).newInstance();
    ObjectIndex copy = serializer.deserialize(serializer.serialize(index, ClassTag$.MODULE$.apply(ObjectIndex.class)), ClassTag$.MODULE$.apply(ObjectIndex.class));
    assertThat(copy.number("s3a://b/a.gz")).isZero();
    assertThat(copy.utf8(1).toStringUsingUTF8()).isEqualTo("s3a://b/b.gz");
  }
}
