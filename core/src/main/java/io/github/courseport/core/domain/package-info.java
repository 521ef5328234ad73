/**
 * The learning-record domain: typed ids, both course generations, per-course families, provenance.
 */
@NullMarked
package io.github.courseport.core.domain;

import org.jspecify.annotations.NullMarked;
