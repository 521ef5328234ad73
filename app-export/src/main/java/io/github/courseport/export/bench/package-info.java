/**
 * {@code courseport bench}: exports a synthetic learner from the in-process fake server with a
 * fixed latency and compares the run with the round-trip bound of the learner's request plan.
 */
@NullMarked
package io.github.courseport.export.bench;

import org.jspecify.annotations.NullMarked;
