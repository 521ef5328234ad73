/** The core ports against Coursera's web API, over OpenFeign, Jackson and Resilience4j. */
@NullMarked
package io.github.courseport.adapters.http;

import org.jspecify.annotations.NullMarked;
