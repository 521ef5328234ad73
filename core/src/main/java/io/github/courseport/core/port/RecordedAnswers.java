package io.github.courseport.core.port;

import io.github.courseport.core.domain.SourceDocument;
import java.util.List;
import java.util.Set;

/**
 * The raw answers an archive keeps ({@code data/raw/}), as a source that derives its record again
 * from them sees them: {@code courseport rebuild} hands them to {@link SourceProvider#replay}.
 * Bodies are checked against the SHA-256 the archive gives before they are handed out.
 */
public interface RecordedAnswers {
  /**
   * Every answer the archive keeps for this request, in the order they arrived, byte for byte.
   *
   * @param resource the resource the document was stored under ({@link SourceDocument#resource()})
   * @param request the request line it was stored with ({@link SourceDocument#request()})
   * @return empty when the archive holds no usable answer to it
   */
  List<SourceDocument> answers(String resource, String request);

  /**
   * The answers the archive keeps to any request of a resource whose HTTP status is one of these,
   * in the order they arrived. A replay asks for the answers that said a route itself is gone (a
   * 404 for the route, 405, 410, ...), to answer as that route did the requests the export never
   * sent once it knew.
   *
   * @return empty by default: an archive that cannot look answers up by resource replays such
   *     requests as not in the archive
   */
  default List<SourceDocument> answersWithStatus(String resource, Set<Integer> statuses) {
    return List.of();
  }

  /**
   * Whether the archive keeps any answer to any request of a resource. One that keeps none was
   * written by an export that never asked the resource (an older Courseport, before the route was
   * known): a replay reads the route as not carried by the archive rather than as a failure.
   *
   * @return true by default: an archive that cannot tell replays such requests as not in the
   *     archive
   */
  default boolean holdsResource(String resource) {
    return true;
  }

  /** How the archive is named in reasons ("not in the archive: NAME holds no answer to ..."). */
  String archiveName();
}
