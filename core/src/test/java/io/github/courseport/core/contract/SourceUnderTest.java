package io.github.courseport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.port.SourcePorts;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every contract asks of its subclass: the source under test and the learner it must deliver.
 * Subclasses start whatever the source needs (a fake server, say) in {@code @BeforeAll} or lazily
 * in {@link #source()}.
 */
public interface SourceUnderTest {
  /** The ports under test; called once per test, may return the same instance. */
  SourcePorts source();

  /** The learner the source is expected to deliver. */
  ExpectedLearner expected();

  /** Asserts that every document is well formed and every reference points to one of them. */
  static void assertProvenance(
      Collection<? extends Outcome<?>> outcomes, List<SourceDocument> docs) {
    Set<SourceRef> available = new HashSet<>();
    for (SourceDocument d : docs) {
      assertThat(d.sha256()).isEqualTo(SourceDocument.sha256Hex(d.body()));
      assertThat(d.request()).isNotBlank();
      assertThat(d.resource()).isNotBlank();
      available.add(d.ref());
    }
    for (Outcome<?> o : outcomes) {
      if (o.status() == Outcome.Status.FOUND) {
        assertThat(o.sources()).as("a found value names its source documents").isNotEmpty();
      }
      assertThat(available).as("documents behind %s", o).containsAll(o.sources());
    }
  }
}
