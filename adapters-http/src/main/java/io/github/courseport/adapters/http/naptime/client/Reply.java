package io.github.courseport.adapters.http.naptime.client;

import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The end of one logical request, after whatever retries it took: the verdict of its last answer
 * and every document received on the way.
 *
 * @param resource the resource family asked, e.g. {@code onDemandCourseGrades.v1}
 * @param verdict what the last answer means
 * @param documents every response received, in order, byte for byte; when the last attempt got no
 *     response at all (a reset, a timeout), a final document with status 0 and an empty body
 *     records the request that failed
 * @param last the document of the last attempt (its answer, or the status-0 record), or null when
 *     no request was sent (the circuit breaker refused it)
 * @param attempts how many attempts were made
 */
public record Reply(
    String resource,
    Verdict verdict,
    List<SourceDocument> documents,
    @Nullable SourceDocument last,
    int attempts) {

  public Reply {
    documents = List.copyOf(documents);
  }

  /** The reference to the last answer, for outcomes that rest on it alone. */
  public List<SourceRef> lastRef() {
    return last == null ? List.of() : List.of(last.ref());
  }

  /** References to every document, for failures (each failed attempt is evidence). */
  public List<SourceRef> allRefs() {
    List<SourceRef> out = new ArrayList<>();
    documents.forEach(d -> out.add(d.ref()));
    return out;
  }

  /** Whether the last answer is data. */
  public boolean isData() {
    return verdict instanceof Verdict.Data;
  }
}
