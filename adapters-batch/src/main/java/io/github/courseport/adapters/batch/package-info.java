/** The core ports through Coursera's POST /api/batch endpoint. */
@NullMarked
package io.github.courseport.adapters.batch;

import org.jspecify.annotations.NullMarked;
