package io.github.courseport.adapters.http.exchange;

/**
 * A request that would write (a method other than GET, a GraphQL mutation, a batch that carries
 * anything but GETs), refused by {@link ReadOnly} before a byte of it was sent. Courseport only
 * reads: this is a bug in whoever built the request, never a state of the server.
 */
public final class WriteRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  WriteRefusedException(String message) {
    super(message);
  }
}
