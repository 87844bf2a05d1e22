package io.cognitoanalyzer.normalize;

/**
 * One thing the archive yields: a user-activity record, a notification record, a rejection, or an
 * object's own accounting. Every raw record becomes exactly one of the first three.
 */
public interface Decoded {
  /** A user-activity record that passed validation but was not built (see the normalizers). */
  Decoded VALID_ACTIVITY = new Decoded() {};
}
