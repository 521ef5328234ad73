package io.github.courseport.adapters.http.naptime.api;

import feign.Param;
import io.github.courseport.adapters.http.naptime.QueryEncoding;
import org.jspecify.annotations.Nullable;

/** The Feign expander of every parameter: {@link QueryEncoding#encode} of its text. */
public final class Encode implements Param.Expander {
  /** Feign instantiates expanders reflectively. */
  public Encode() {}

  @Override
  public String expand(@Nullable Object value) {
    return value == null ? "" : QueryEncoding.encode(value.toString());
  }
}
