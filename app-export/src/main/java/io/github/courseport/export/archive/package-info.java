/**
 * The BagIt archive: a streaming, resumable writer behind the core's ArchivePort, and its verifier.
 */
@NullMarked
package io.github.courseport.export.archive;

import org.jspecify.annotations.NullMarked;
