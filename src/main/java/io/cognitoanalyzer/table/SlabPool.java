package io.cognitoanalyzer.table;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fold's winner slabs that a finished fold task leaves for the next task of the same JVM.
 *
 * <p>Fold tasks run in waves of the executor's cores. Without reuse, each wave's slabs, some 300
 * MB a task at 4M records, die in the old generation while the next wave's are copied out of the
 * young one into it: the change of waves cost two slow young collections and one full collection
 * (about 1.2 s of pauses). A reused slab is already where a long-lived array belongs.
 *
 * <p>Slabs are held softly, so that a pool nobody takes from again can never cause an out-of-memory
 * error, and at most {@link #capacity} of them, half the heap, so that the pool cannot grow
 * without bound when tasks run side by side.
 */
final class SlabPool {
  static final int SLAB_SIZE = 1 << 20;

  private static final ConcurrentLinkedDeque<SoftReference<byte[]>> FREE = new ConcurrentLinkedDeque<>();
  private static final AtomicInteger POOLED = new AtomicInteger();

  private SlabPool() {}

  /** A slab of {@link #SLAB_SIZE} bytes, reused when one is free. Its content is undefined. */
  static byte[] take() {
    SoftReference<byte[]> ref;
    while ((ref = FREE.pollFirst()) != null) {
      POOLED.decrementAndGet();
      byte[] slab = ref.get();
      if (slab != null) {
        return slab;
      }
    }
    return new byte[SLAB_SIZE];
  }

  /** Returns slabs nobody reads any more; slabs of another size are left to the collector. */
  static void giveBack(List<byte[]> slabs) {
    for (byte[] slab : slabs) {
      if (slab.length == SLAB_SIZE && POOLED.incrementAndGet() <= capacity()) {
        FREE.addFirst(new SoftReference<>(slab));
      } else if (slab.length == SLAB_SIZE) {
        POOLED.decrementAndGet();
      }
    }
  }

  /** Drops every pooled slab, for when no fold runs in this JVM for a while. */
  static void clear() {
    while (FREE.pollFirst() != null) {
      POOLED.decrementAndGet();
    }
  }

  /** Slabs pooled now, cleared ones included. */
  static int pooled() {
    return POOLED.get();
  }

  private static int capacity() {
    return (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 2 / SLAB_SIZE);
  }
}
