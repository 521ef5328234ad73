/**
 * The assembled export: options, the Dagger component and modules, and the runner that ties source,
 * use case and archive together.
 */
@NullMarked
package io.github.courseport.export.app;

import org.jspecify.annotations.NullMarked;
