package io.cognitoanalyzer.table;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.io.api.Binary;

/**
 * The run's objects, numbered in the order Spark sorts their URIs (UTF-8 bytes, unsigned), so
 * that comparing two numbers compares the URIs. Activity records carry the number instead of the
 * URI: a URI is a third or more of a record, and the fold keeps a wave's winners in memory. The
 * number goes back to the URI only when a winner is written.
 *
 * <p>One instance is broadcast to the executors and shared by their tasks; the lookups are built
 * once per JVM, on first use.
 */
final class ObjectIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] uris;
  private transient volatile Lookups lookups;

  private ObjectIndex(String[] uris) {
    this.uris = uris;
  }

  /** Numbers distinct URIs; duplicates are one object. */
  static ObjectIndex of(Collection<String> uris) {
    record Keyed(String uri, byte[] utf8) {}
    return new ObjectIndex(
        uris.stream()
            .distinct()
            .map(u -> new Keyed(u, u.getBytes(UTF_8)))
            .sorted((a, b) -> Arrays.compareUnsigned(a.utf8(), b.utf8()))
            .map(Keyed::uri)
            .toArray(String[]::new));
  }

  int size() {
    return uris.length;
  }

  /** The number of an object of this run. */
  int number(String uri) {
    Integer n = lookups().numbers.get(uri);
    if (n == null) {
      throw new IllegalArgumentException("object " + uri + " is not among the " + uris.length + " objects this run listed");
    }
    return n;
  }

  String uri(int number) {
    return uris[number];
  }

  /**
   * The URI as Parquet writes it. Always the same instance for a number: a dictionary that already
   * holds it finds it equal without comparing its bytes.
   */
  Binary utf8(int number) {
    return lookups().utf8[number];
  }

  private Lookups lookups() {
    Lookups l = lookups;
    if (l == null) {
      synchronized (this) {
        l = lookups;
        if (l == null) {
          l = new Lookups(uris);
          lookups = l;
        }
      }
    }
    return l;
  }

  private static final class Lookups {
    final Map<String, Integer> numbers;
    final Binary[] utf8;

    Lookups(String[] uris) {
      numbers = new HashMap<>(uris.length * 2);
      utf8 = new Binary[uris.length];
      for (int i = 0; i < uris.length; i++) {
        numbers.put(uris[i], i);
        utf8[i] = Binary.fromConstantByteArray(uris[i].getBytes(UTF_8));
      }
    }
  }
}
