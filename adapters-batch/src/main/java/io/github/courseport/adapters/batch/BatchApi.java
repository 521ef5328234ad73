package io.github.courseport.adapters.batch;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.RequestLine;
import feign.Response;

/** {@code POST /api/batch} (host: www), as a Feign interface for the shared transport. */
interface BatchApi {
  /** Sends a batch body; the raw response comes back for the transport to keep and classify. */
  @RequestLine("POST /api/batch")
  @Headers("Content-Type: application/json")
  Response send(JsonNode body);
}
