/** The extension points: bulk-shaped ports that any source implements, and the archive port. */
@NullMarked
package io.github.courseport.core.port;

import org.jspecify.annotations.NullMarked;
