package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CourseFeedTest {
  private static final SourceDocument DOC = Records.doc("courses.v1", "{}");
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  private List<String> keys(int n) {
    return IntStream.range(0, n).mapToObj(i -> String.format("c%03d", i)).toList();
  }

  private CourseRecord countedRead(String key) {
    reads.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    return Records.course(key, DOC);
  }

  /** Reader {@code reader} reads its courses in a thread of its own, then leaves. */
  private Future<List<String>> read(CourseFeed feed, int reader) {
    return threads.submit(
        () -> {
          try {
            return ids(feed.courses(reader));
          } finally {
            feed.leave(reader);
          }
        });
  }

  private static List<String> ids(Iterable<CourseRecord> courses) {
    List<String> out = new ArrayList<>();
    courses.forEach(c -> out.add(c.id().value()));
    return out;
  }

  @Test
  void everyReaderSeesEveryCourseInOrderWhileEachIsReadOnce() throws Exception {
    List<String> keys = keys(100); // far more than a queue holds
    CourseFeed feed = new CourseFeed(keys, this::countedRead, 3);
    List<Future<List<String>>> seen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int reader = i;
      seen.add(
          threads.submit(
              () -> {
                try {
                  if (reader == 1) {
                    Thread.sleep(50); // a slow starter holds the others back, never loses courses
                  }
                  return ids(feed.courses(reader));
                } finally {
                  feed.leave(reader);
                }
              }));
    }
    feed.run();
    for (Future<List<String>> f : seen) {
      assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(keys);
    }
    assertThat(reads).hasSize(100).allSatisfy((k, n) -> assertThat(n.get()).isEqualTo(1));
  }

  @Test
  void aReaderThatNeverIteratesOrStopsEarlyHoldsNobodyUp() throws Exception {
    List<String> keys = keys(60);
    CourseFeed feed = new CourseFeed(keys, this::countedRead, 3);
    Future<?> idle =
        threads.submit(
            () -> {
              feed.leave(0);
            });
    Future<?> quitter =
        threads.submit(
            () -> {
              try {
                var it = feed.courses(1).iterator();
                it.next();
                it.next();
              } finally {
                feed.leave(1);
              }
            });
    Future<List<String>> reader = read(feed, 2);
    feed.run();
    idle.get(10, TimeUnit.SECONDS);
    quitter.get(10, TimeUnit.SECONDS);
    assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo(keys);
  }

  @Test
  void aSecondIterationReadsTheFilesAgain() throws Exception {
    List<String> keys = keys(5);
    CourseFeed feed = new CourseFeed(keys, this::countedRead, 1);
    Future<List<String>> twice =
        threads.submit(
            () -> {
              try {
                List<String> out = new ArrayList<>(ids(feed.courses(0)));
                out.addAll(ids(feed.courses(0)));
                return out;
              } finally {
                feed.leave(0);
              }
            });
    feed.run();
    assertThat(twice.get(10, TimeUnit.SECONDS)).hasSize(10);
    assertThat(reads).allSatisfy((k, n) -> assertThat(n.get()).isEqualTo(2));
  }

  @Test
  void aCourseThatCannotBeReadFailsEveryReaderInsteadOfEndingTheirListEarly() throws Exception {
    CourseFeed feed =
        new CourseFeed(
            keys(10),
            key -> {
              if (key.equals("c004")) {
                throw new IllegalStateException("torn file " + key);
              }
              return Records.course(key, DOC);
            },
            2);
    List<Future<List<String>>> readers = List.of(read(feed, 0), read(feed, 1));
    feed.run();
    for (Future<List<String>> f : readers) {
      assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasMessageContaining("torn file c004");
    }
  }
}
