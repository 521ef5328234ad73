package io.github.courseport.export.views;

import java.util.UUID;

/**
 * A set of UUIDs in two arrays of longs (open addressing): 32 bytes a UUID at most, where a {@code
 * HashSet<UUID>} takes about 80. The xAPI view remembers every statement id of a record to write
 * each once, and a record of thousands of courses has hundreds of thousands.
 */
final class IdSet {
  private long[] high = new long[1024];
  private long[] low = new long[1024];
  private boolean[] used = new boolean[1024];
  private int size;

  /** Adds an id; returns whether it was new. */
  boolean add(UUID id) {
    if ((size + 1) * 2 > used.length) {
      grow();
    }
    return put(id.getMostSignificantBits(), id.getLeastSignificantBits());
  }

  int size() {
    return size;
  }

  private boolean put(long hi, long lo) {
    int mask = used.length - 1;
    int i = mix(hi ^ lo) & mask;
    while (used[i]) {
      if (high[i] == hi && low[i] == lo) {
        return false;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    high[i] = hi;
    low[i] = lo;
    size++;
    return true;
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    boolean[] oldUsed = used;
    high = new long[oldUsed.length * 2];
    low = new long[oldUsed.length * 2];
    used = new boolean[oldUsed.length * 2];
    size = 0;
    for (int i = 0; i < oldUsed.length; i++) {
      if (oldUsed[i]) {
        put(oldHigh[i], oldLow[i]);
      }
    }
  }

  private static int mix(long x) {
    long h = x * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
