package io.github.courseport.adapters.http.naptime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Follows Naptime cursor paging to the end and checks what arrived against the server's {@code
 * total}. Cursors are opaque: each {@code paging.next} is passed back verbatim, never computed. A
 * count that differs from the total, a repeated cursor or a failed page is reported in the result,
 * never hidden by returning a shorter list.
 *
 * <p>The pager knows nothing of transports: a {@link PageFetcher} fetches one page (over HTTP, or
 * inside a batch) and a function reads its envelope, or says that the page failed.
 */
public final class Pager {
  /** Stops a server that never stops answering {@code next}. */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  private Pager() {}

  /** Fetches one page. */
  @FunctionalInterface
  public interface PageFetcher<P> {
    /**
     * Fetches the page starting at a cursor.
     *
     * @param start null for the first page, else the previous page's {@code paging.next}
     */
    P fetch(@Nullable String start);
  }

  /**
   * The pages of a list.
   *
   * @param pages every page fetched, in order (including a failed last one)
   * @param elements the elements of all successful pages, in order
   * @param total the server's last stated total, if any
   * @param problem why the list is not known to be complete (a failed page, a count that differs
   *     from the total, a repeated cursor, too many pages), or null when it is complete
   * @param failedPage whether the last page failed (then {@code problem} is set)
   */
  public record Paged<P>(
      List<P> pages,
      List<ObjectNode> elements,
      @Nullable Long total,
      @Nullable String problem,
      boolean failedPage) {
    public Paged {
      pages = List.copyOf(pages);
      elements = List.copyOf(elements);
    }

    /** Whether every page arrived and the count matches the total (when one was given). */
    public boolean complete() {
      return problem == null;
    }
  }

  /** Follows the pages with {@link #DEFAULT_MAX_PAGES}. */
  public static <P> Paged<P> follow(
      PageFetcher<P> fetcher, Function<P, @Nullable Envelope> envelopeOf) {
    return follow(fetcher, envelopeOf, DEFAULT_MAX_PAGES);
  }

  /**
   * Follows the pages.
   *
   * @param envelopeOf the envelope of a page, or null when the page failed (paging stops there)
   */
  public static <P> Paged<P> follow(
      PageFetcher<P> fetcher, Function<P, @Nullable Envelope> envelopeOf, int maxPages) {
    List<P> pages = new ArrayList<>();
    List<ObjectNode> elements = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Long total = null;
    String cursor = null;
    while (true) {
      P page = fetcher.fetch(cursor);
      pages.add(page);
      Envelope env = envelopeOf.apply(page);
      if (env == null) {
        return new Paged<>(
            pages,
            elements,
            total,
            "page " + pages.size() + " failed after " + elements.size() + " elements",
            true);
      }
      elements.addAll(env.elements());
      if (env.paging().total() != null) {
        total = env.paging().total();
      }
      String next = env.paging().next();
      if (next == null) {
        break;
      }
      if (!seen.add(next)) {
        return new Paged<>(
            pages,
            elements,
            total,
            "the server repeated the cursor " + Quote.of(next) + " (paging loops)",
            false);
      }
      if (pages.size() >= maxPages) {
        return new Paged<>(
            pages, elements, total, "more than " + maxPages + " pages: paging stopped", false);
      }
      cursor = next;
    }
    String problem = null;
    if (total != null && total != elements.size()) {
      problem =
          "the server said the list has "
              + total
              + " elements but "
              + elements.size()
              + " arrived over "
              + pages.size()
              + (pages.size() == 1 ? " page" : " pages");
    }
    return new Paged<>(pages, elements, total, problem, false);
  }
}
