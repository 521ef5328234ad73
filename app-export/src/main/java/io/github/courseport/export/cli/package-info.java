/** The {@code courseport} command line: picocli commands and their exit codes. */
@NullMarked
package io.github.courseport.export.cli;

import org.jspecify.annotations.NullMarked;
