package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongFifoSetTest {
  @Test
  void withoutRemovalsItIsExactlyAFirstInFirstOutSetOfItsCapacity() {
    for (int capacity : new int[] {1, 7, 1000, 1500, 5000}) {
      LongFifoSet set = new LongFifoSet(capacity);
      LinkedHashMap<Long, Boolean> model = new LinkedHashMap<>();
      Random random = new Random(capacity);
      for (int n = 0; n < 20_000; n++) {
        long key = (random.nextInt(3 * capacity + 10) + 1) * 0xC2B2AE3D27D4EB4FL; // spread, with repeats
        boolean fresh = !model.containsKey(key);
        assertThat(set.add(key)).isEqualTo(fresh);
        if (fresh) {
          model.put(key, Boolean.TRUE);
          if (model.size() > capacity) {
            model.remove(model.keySet().iterator().next());
          }
        }
      }
      assertThat(set.size()).isEqualTo(model.size());
      List<Long> inOrder = new ArrayList<>();
      set.forEach(inOrder::add);
      assertThat(inOrder).containsExactlyElementsOf(model.keySet());
    }
  }

  @Test
  void withRemovalsItKeepsEveryKeyAddedWithinTheLastCapacityAddsAndNothingRemoved() {
    int capacity = 2000;
    LongFifoSet set = new LongFifoSet(capacity);
    Map<Long, Integer> addedAt = new HashMap<>(); // live keys -> number of the successful add
    Random random = new Random(42);
    int adds = 0;
    for (int n = 0; n < 200_000; n++) {
      long key = random.nextInt(10_000) + 1L;
      if (random.nextInt(3) == 0) {
        set.remove(key);
        addedAt.remove(key);
        assertThat(set.contains(key)).isFalse();
      } else if (set.add(key)) {
        addedAt.put(key, ++adds);
      }
      assertThat(set.size()).isLessThanOrEqualTo(capacity);
    }
    int last = adds;
    addedAt.forEach((key, at) -> {
      if (last - at < capacity - 1) {
        assertThat(set.contains(key)).as("key %d added %d adds ago", key, last - at).isTrue();
      }
    });
    List<Long> present = new ArrayList<>();
    set.forEach(present::add);
    assertThat(present).hasSize(set.size()).doesNotHaveDuplicates();
    assertThat(addedAt.keySet()).containsAll(present);
  }

  @Test
  void zeroIsAKeyLikeAnyOther() {
    LongFifoSet set = new LongFifoSet(4);
    assertThat(set.contains(0)).isFalse();
    assertThat(set.add(0)).isTrue();
    assertThat(set.add(0)).isFalse();
    List<Long> keys = new ArrayList<>();
    set.forEach(keys::add);
    assertThat(keys).containsExactly(0L);
    assertThat(set.remove(0)).isTrue();
    assertThat(set.contains(0)).isFalse();
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatThrownBy(() -> new LongFifoSet(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
