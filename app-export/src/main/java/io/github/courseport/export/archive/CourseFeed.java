package io.github.courseport.export.archive;

import io.github.courseport.core.domain.CourseRecord;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads each course record once and hands the same record to several readers, each at its own pace:
 * the renderers run side by side, and reading a record back (parsing its JSON) was most of the cost
 * of rendering when each renderer read every course for itself.
 *
 * <p>Each reader has a small queue. The producer ({@link #run}) reads the courses in order and puts
 * each into the queue of every reader still subscribed, waiting while a queue is full, so memory
 * stays bounded by the queues whatever the number of courses. A reader's first iteration comes from
 * its queue; any later iteration reads the files again ({@code fallback}). A reader that is done
 * ({@link #leave}), whether it iterated or not, no longer holds the producer up.
 */
final class CourseFeed {
  private static final int QUEUE = 16;
  private static final Object END = new Object();

  private final List<String> keys;
  private final Function<String, CourseRecord> read;
  private final List<Subscription> subscriptions = new ArrayList<>();

  /**
   * @param keys the courses, in the order every reader sees them
   * @param read reads one course record by key
   * @param readers how many readers will subscribe
   */
  CourseFeed(List<String> keys, Function<String, CourseRecord> read, int readers) {
    this.keys = List.copyOf(keys);
    this.read = read;
    for (int i = 0; i < readers; i++) {
      subscriptions.add(new Subscription());
    }
  }

  /**
   * The courses as reader {@code i} iterates them: from the feed the first time, from the files
   * after that.
   */
  Iterable<CourseRecord> courses(int reader) {
    Subscription s = subscriptions.get(reader);
    return () -> {
      synchronized (s) {
        if (!s.iterated) {
          s.iterated = true;
          return s.iterator();
        }
      }
      return keys.stream().map(read).iterator();
    };
  }

  /** Reader {@code i} is done: the producer stops feeding it. */
  void leave(int reader) {
    Subscription s = subscriptions.get(reader);
    s.active = false;
    s.queue.clear();
  }

  /**
   * Reads every course once and feeds it to every subscribed reader; returns when all are fed or
   * gone. A course that cannot be read ends every reader's iteration with that failure.
   *
   * @throws InterruptedException when interrupted while waiting for a reader
   */
  void run() throws InterruptedException {
    for (String key : keys) {
      Object item;
      try {
        item = read.apply(key);
      } catch (RuntimeException e) {
        item = new Failure(e);
      }
      feed(item);
      if (item instanceof Failure) {
        return;
      }
    }
    feed(END);
  }

  private void feed(Object item) throws InterruptedException {
    for (Subscription s : subscriptions) {
      while (s.active && !s.queue.offer(item, 20, TimeUnit.MILLISECONDS)) {
        // the reader is busy; wait, unless it leaves
      }
    }
  }

  /** A course that could not be read, passed on to the readers. */
  private record Failure(RuntimeException cause) {}

  private static final class Subscription {
    final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    volatile boolean active = true;
    boolean iterated;

    Iterator<CourseRecord> iterator() {
      return new Iterator<>() {
        private @Nullable Object next;

        @Override
        public boolean hasNext() {
          if (next == null) {
            try {
              next = queue.take();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("rendering was interrupted", e);
            }
          }
          if (next instanceof Failure f) {
            throw f.cause();
          }
          return next != END;
        }

        @Override
        public CourseRecord next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          CourseRecord record = (CourseRecord) java.util.Objects.requireNonNull(next);
          next = null;
          return record;
        }
      };
    }
  }
}
