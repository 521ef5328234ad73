/**
 * Rebuilding an archive from its own raw answers: {@link
 * io.github.courseport.export.replay.RawAnswers} indexes the answers an archive keeps under {@code
 * data/raw/}, {@link io.github.courseport.export.replay.ReplayExchange} is a transport that answers
 * every request of the API layer from them (a request they do not hold is a named gap, never a
 * network call), and {@link io.github.courseport.export.replay.ReplaySource} puts Coursera's API
 * layer on top, so a rebuild maps and assembles exactly as a live export does.
 */
@NullMarked
package io.github.courseport.export.replay;

import org.jspecify.annotations.NullMarked;
