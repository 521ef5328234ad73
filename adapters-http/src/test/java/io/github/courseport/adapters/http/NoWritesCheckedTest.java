package io.github.courseport.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.fixtures.server.NoWritesExtension;
import org.junit.jupiter.api.Test;

/**
 * The suite-wide check that no fake Coursera ever saw a write ({@code NoWritesExtension}, from the
 * fixtures' test-jar) watches this module's test classes: it watches this one.
 */
class NoWritesCheckedTest {
  @Test
  void everyTestClassOfThisModuleIsWatched() {
    assertThat(NoWritesExtension.isChecking(NoWritesCheckedTest.class)).isTrue();
  }
}
