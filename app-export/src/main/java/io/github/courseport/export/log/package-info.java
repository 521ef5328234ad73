/**
 * The command's SLF4J binding: what the libraries log (an adapter that gave up on a request, a
 * batch endpoint that is gone) reaches the user as plain {@code courseport: warning: ...} lines,
 * through the export's progress display, instead of logger-formatted lines; {@code --verbose} adds
 * the libraries' debug lines.
 */
@NullMarked
package io.github.courseport.export.log;

import org.jspecify.annotations.NullMarked;
