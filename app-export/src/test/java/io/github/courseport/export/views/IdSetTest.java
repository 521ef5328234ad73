package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdSetTest {
  @Test
  void agreesWithAHashSetThroughManyGrowthsAndDuplicates() {
    Random random = new Random(7);
    IdSet ids = new IdSet();
    Set<UUID> reference = new HashSet<>();
    UUID[] drawn = new UUID[50_000];
    for (int i = 0; i < drawn.length; i++) {
      // every fifth id repeats an earlier one; some share one half with another id
      UUID id =
          i > 0 && i % 5 == 0
              ? drawn[random.nextInt(i)]
              : i % 7 == 0 && i > 0
                  ? new UUID(drawn[i - 1].getMostSignificantBits(), random.nextLong())
                  : new UUID(random.nextLong(), random.nextLong());
      drawn[i] = id;
      assertThat(ids.add(id)).as("add #%d", i).isEqualTo(reference.add(id));
    }
    assertThat(ids.size()).isEqualTo(reference.size());
    for (UUID id : reference) {
      assertThat(ids.add(id)).isFalse();
    }
  }
}
