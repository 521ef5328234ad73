package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.http.exchange.Reply;

/**
 * The end of one sub-request in the batch transport: its reply, and whether it was not answered
 * because the batch endpoint turned out to be gone (the exchange then sends it on its own).
 */
record SubReply(Reply reply, boolean batchGone) {}
