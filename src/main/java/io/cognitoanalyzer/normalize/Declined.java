package io.cognitoanalyzer.normalize;

/**
 * Thrown, without a stack trace, to give up on a record that a fast path does not cover; the
 * caller then reads it the slower way, which gives the same answer or reports the error.
 */
final class Declined extends Exception {
  static final Declined INSTANCE = new Declined();

  private Declined() {
    super("not a plain record", null, false, false);
  }

  /** Throws {@link #INSTANCE} unless {@code plain}. */
  static void unless(boolean plain) throws Declined {
    if (!plain) {
      throw INSTANCE;
    }
  }
}
