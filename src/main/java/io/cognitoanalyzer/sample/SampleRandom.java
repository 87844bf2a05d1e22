package io.cognitoanalyzer.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The only source of randomness in this package: a seeded {@link SplittableRandom} plus the
 * derived values the generators need. UUIDs come from here too, because {@code
 * UUID.randomUUID()} would make the output differ between runs.
 *
 * <p>Not thread-safe; use {@link #split()} to give an independent stream to each part, so that a
 * change in one part's draws does not shift every other part's output.
 */
final class SampleRandom {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SplittableRandom random;

  SampleRandom(long seed) {
    this(new SplittableRandom(seed));
  }

  private SampleRandom(SplittableRandom random) {
    this.random = random;
  }

  /** An independent generator whose draws do not affect this one's later draws. */
  SampleRandom split() {
    return new SampleRandom(random.split());
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform in [from, to). */
  int between(int from, int to) {
    return random.nextInt(from, to);
  }

  /** Uniform in [from, to). */
  long between(long from, long to) {
    return random.nextLong(from, to);
  }

  /** True with the given probability. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A version-4 style UUID string built from two draws (lower-case, as AWS prints them). */
  String uuid() {
    long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** {@code length} lower-case hex digits. */
  String hex(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = HEX[random.nextInt(16)];
    }
    return new String(out);
  }

  /** {@code length} decimal digits, the first not zero. */
  String digits(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = (char) ('0' + (i == 0 ? random.nextInt(1, 10) : random.nextInt(10)));
    }
    return new String(out);
  }

  void nextBytes(byte[] bytes) {
    random.nextBytes(bytes);
  }

  /** Fisher-Yates, so the result depends only on this generator's state. */
  <T> void shuffle(List<T> values) {
    for (int i = values.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T tmp = values.get(i);
      values.set(i, values.get(j));
      values.set(j, tmp);
    }
  }

  /**
   * Swaps about {@code fraction} of the elements with a neighbour a few places away: keeps a
   * time-sorted list "roughly" sorted, the way delivered logs are.
   */
  <T> void jostle(List<T> values, double fraction) {
    for (int i = 0; i + 1 < values.size(); i++) {
      if (chance(fraction)) {
        int j = Math.min(values.size() - 1, i + between(1, 4));
        T tmp = values.get(i);
        values.set(i, values.get(j));
        values.set(j, tmp);
      }
    }
  }
}
