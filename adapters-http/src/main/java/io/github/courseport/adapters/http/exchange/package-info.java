/**
 * The transport seam: what the API layer ({@code coursera}) hands a transport ({@link
 * io.github.courseport.adapters.http.exchange.ApiRequest}s) and what it gets back ({@link
 * io.github.courseport.adapters.http.exchange.Reply}s), through one narrow interface, {@link
 * io.github.courseport.adapters.http.exchange.Exchange}. Nothing here knows how a request travels:
 * one GET each over HTTP, packed into {@code POST /api/batch}, or answered from recorded answers.
 */
@NullMarked
package io.github.courseport.adapters.http.exchange;

import org.jspecify.annotations.NullMarked;
