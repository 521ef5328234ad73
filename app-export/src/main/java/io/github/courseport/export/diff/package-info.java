/**
 * What changed in a learner's record between two archives ({@code courseport diff}): {@link
 * io.github.courseport.export.diff.ArchiveRecord} reads an archive's record files one course at a
 * time (checked against its manifest), {@link io.github.courseport.export.diff.RecordDiff} compares
 * them in the learner's words, and a {@link io.github.courseport.export.diff.DiffSink} (text, JSON,
 * or the HTML page of the views package) writes the changes as they are found.
 */
@NullMarked
package io.github.courseport.export.diff;

import org.jspecify.annotations.NullMarked;
