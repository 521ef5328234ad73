/** The export use case: discovers, lists, looks up and fans out, streaming finished records. */
@NullMarked
package io.github.courseport.core.export;

import org.jspecify.annotations.NullMarked;
