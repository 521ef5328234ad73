/** Sources as the app sees them: built-in adapters and ServiceLoader plug-ins behind one handle. */
@NullMarked
package io.github.courseport.export.source;

import org.jspecify.annotations.NullMarked;
