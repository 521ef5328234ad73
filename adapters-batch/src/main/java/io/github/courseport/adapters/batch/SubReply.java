package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.http.naptime.Verdict;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The end of one sub-request, after whatever retries it took: the verdict of its last answer and
 * every document received on the way (its own sub-responses, plus the failed answers of whole batch
 * requests it travelled in, handed to one sub-request per port call).
 *
 * @param last the document of the last attempt, or null when none was made
 * @param batchEvidence references of whole-batch answers this outcome rests on (when the batch
 *     request itself failed)
 * @param batchGone whether the batch endpoint turned out to be unavailable: the port call then goes
 *     to the fallback
 */
record SubReply(
    SubRequest request,
    Verdict verdict,
    List<SourceDocument> documents,
    @Nullable SourceDocument last,
    int attempts,
    List<SourceRef> batchEvidence,
    boolean batchGone) {

  SubReply {
    documents = List.copyOf(documents);
    batchEvidence = List.copyOf(batchEvidence);
  }

  String resource() {
    return request.resource();
  }

  boolean isData() {
    return verdict instanceof Verdict.Data;
  }

  /**
   * The reference to the last answer, for outcomes that rest on it alone (the failed batch answer
   * when the sub-request itself got none).
   */
  List<SourceRef> lastRef() {
    SourceDocument l = last;
    if (l != null) {
      return List.of(l.ref());
    }
    return batchEvidence.isEmpty()
        ? List.of()
        : List.of(batchEvidence.get(batchEvidence.size() - 1));
  }

  /** References to every answer received, for failures (each failed attempt is evidence). */
  List<SourceRef> allRefs() {
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
    batchEvidence.stream().filter(r -> !out.contains(r)).forEach(out::add);
    return out;
  }
}
