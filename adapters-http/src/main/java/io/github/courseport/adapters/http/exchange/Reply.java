package io.github.courseport.adapters.http.exchange;

import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The end of one request, after whatever retries it took: the verdict of its last answer and every
 * document received on the way.
 *
 * @param resource the resource asked, e.g. {@code onDemandCourseGrades.v1}
 * @param verdict what the last answer means
 * @param documents every response received for this request, in order, byte for byte; when the last
 *     attempt got no response at all (a reset, a timeout), a final document with status 0 and an
 *     empty body records the request that failed
 * @param last the document of the last attempt (its answer, or the status-0 record), or null when
 *     none was made (a circuit breaker refused it) or none of its own came back (a batch request
 *     carrying it failed as a whole)
 * @param attempts how many attempts were made
 * @param evidence references to answers this outcome also rests on that were not answers to this
 *     request alone (the failed batch requests it travelled in)
 */
public record Reply(
    String resource,
    Verdict verdict,
    List<SourceDocument> documents,
    @Nullable SourceDocument last,
    int attempts,
    List<SourceRef> evidence) {

  public Reply {
    documents = List.copyOf(documents);
    evidence = List.copyOf(evidence);
  }

  /** A reply with no shared evidence. */
  public Reply(
      String resource,
      Verdict verdict,
      List<SourceDocument> documents,
      @Nullable SourceDocument last,
      int attempts) {
    this(resource, verdict, documents, last, attempts, List.of());
  }

  /**
   * The reference to the last answer, for outcomes that rest on it alone (the last failed batch
   * answer when the request itself got none).
   */
  public List<SourceRef> lastRef() {
    SourceDocument l = last;
    if (l != null) {
      return List.of(l.ref());
    }
    return evidence.isEmpty() ? List.of() : List.of(evidence.get(evidence.size() - 1));
  }

  /** References to every answer received, for failures (each failed attempt is evidence). */
  public List<SourceRef> allRefs() {
    List<SourceRef> out = new ArrayList<>();
    for (SourceDocument d : documents) {
      if (!out.contains(d.ref())) {
        out.add(d.ref());
      }
    }
    SourceDocument l = last;
    if (l != null && !out.contains(l.ref())) {
      out.add(l.ref());
    }
    evidence.stream().filter(r -> !out.contains(r)).forEach(out::add);
    return out;
  }

  /** Whether the last answer is data. */
  public boolean isData() {
    return verdict instanceof Verdict.Data;
  }
}
