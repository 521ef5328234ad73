package io.github.courseport.adapters.http.naptime.client;

import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.error.ExportInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the keys of one bulk port call in parallel on the adapter's own threads; the transport's
 * bulkhead still bounds the requests in flight. Tasks must not fan out themselves (a task waiting
 * for tasks of the same pool could starve it).
 */
final class FanOut implements AutoCloseable {
  private final ExecutorService pool;

  FanOut(int threads) {
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "courseport-http-fanout-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Applies a task to every item, in parallel, and returns the results in the items' order. Waits
   * for every task; then rethrows the first {@link AuthenticationException}, or else the first
   * other failure.
   */
  <T, R> List<R> map(List<T> items, Function<T, R> task) {
    if (items.size() == 1) {
      return List.of(task.apply(items.get(0)));
    }
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(pool.submit(() -> task.apply(item)));
    }
    List<R> out = new ArrayList<>(items.size());
    RuntimeException auth = null;
    RuntimeException other = null;
    for (Future<R> f : futures) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        futures.forEach(x -> x.cancel(true));
        Thread.currentThread().interrupt();
        throw new ExportInterruptedException("The export was interrupted.");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof AuthenticationException a) {
          auth = auth == null ? a : auth;
        } else if (cause instanceof RuntimeException r) {
          other = other == null ? r : other;
        } else if (cause instanceof Error err) {
          throw err;
        } else {
          other = other == null ? new IllegalStateException(cause) : other;
        }
      }
    }
    if (auth != null) {
      throw auth;
    }
    if (other != null) {
      throw other;
    }
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
