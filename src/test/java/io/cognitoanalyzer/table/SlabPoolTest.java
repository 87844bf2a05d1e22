package io.cognitoanalyzer.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlabPoolTest {
  @BeforeEach
  @AfterEach
  void empty() {
    SlabPool.clear();
  }

  @Test
  void aSlabGivenBackIsTheNextOneTaken() {
    byte[] slab = SlabPool.take();
    assertThat(slab).hasSize(SlabPool.SLAB_SIZE);
    SlabPool.giveBack(List.of(slab));
    assertThat(SlabPool.pooled()).isEqualTo(1);
    assertThat(SlabPool.take()).isSameAs(slab);
    assertThat(SlabPool.pooled()).isZero();
    assertThat(SlabPool.take()).isNotSameAs(slab);
  }

  /** A winner larger than a slab gets an array of its own, which is not worth keeping. */
  @Test
  void slabsOfAnotherSizeAreNotPooled() {
    SlabPool.giveBack(List.of(new byte[SlabPool.SLAB_SIZE + 1], new byte[16]));
    assertThat(SlabPool.pooled()).isZero();
  }

  @Test
  void clearDropsEverySlab() {
    SlabPool.giveBack(List.of(SlabPool.take(), SlabPool.take()));
    assertThat(SlabPool.pooled()).isEqualTo(2);
    SlabPool.clear();
    assertThat(SlabPool.pooled()).isZero();
  }
}
