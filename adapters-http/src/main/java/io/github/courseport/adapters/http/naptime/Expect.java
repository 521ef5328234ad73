package io.github.courseport.adapters.http.naptime;

/** What a request asks for, which decides what a 404 means. */
public enum Expect {
  /**
   * One element by id ({@code GET /api/x.v1/<id>}): a 404 with a Naptime error body means that the
   * element does not exist (absent); any other 404 means that the route is gone.
   */
  ELEMENT,
  /**
   * A finder, an {@code ids=} list, a get-all or a bare document: a 404 means the route is gone.
   */
  COLLECTION
}
