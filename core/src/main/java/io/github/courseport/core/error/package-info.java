/** One exception tree by meaning, with a user-facing message apart from the internal one. */
@NullMarked
package io.github.courseport.core.error;

import org.jspecify.annotations.NullMarked;
