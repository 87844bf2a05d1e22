package io.cognitoanalyzer.config;

import java.util.Collection;
import java.util.Set;

/** The {@code --pools} list: validated once, for every command that takes it. */
final class PoolIds {
  private PoolIds() {}

  /**
   * An immutable copy; null means all pools. A blank id is an error rather than a filter that
   * matches nothing, because {@code --pools ""} from a scheduler would otherwise write nothing
   * and succeed.
   */
  static Set<String> validated(Collection<String> pools) {
    if (pools == null) {
      return Set.of();
    }
    for (String pool : pools) {
      if (pool == null || pool.isBlank()) {
        throw new IllegalArgumentException(
            "--pools has an empty user pool id in " + pools + "; leave --pools out to keep every pool");
      }
    }
    return Set.copyOf(pools);
  }
}
