package io.github.courseport.core.contract;

import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.port.SourcePorts;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/**
 * Every port contract and the export contract, for one source and the learner it serves. An
 * adapter's test extends it once per learner, as a {@code @Nested} class, and names the source and
 * the expected learner there only, instead of in one subclass per contract.
 */
public abstract class AllContracts implements SourceUnderTest {
  /** The external ids the source may use to ask for classmates; none by default. */
  protected Set<ExternalUserId> knownExternalIds() {
    return Set.of();
  }

  @Nested
  class Identity extends IdentityPortContract {
    @Override
    public SourcePorts source() {
      return AllContracts.this.source();
    }

    @Override
    public ExpectedLearner expected() {
      return AllContracts.this.expected();
    }
  }

  @Nested
  class Lists extends LearnerListsPortContract {
    @Override
    public SourcePorts source() {
      return AllContracts.this.source();
    }

    @Override
    public ExpectedLearner expected() {
      return AllContracts.this.expected();
    }
  }

  @Nested
  class Catalog extends CatalogPortContract {
    @Override
    public SourcePorts source() {
      return AllContracts.this.source();
    }

    @Override
    public ExpectedLearner expected() {
      return AllContracts.this.expected();
    }
  }

  @Nested
  class Families extends CourseFamilyPortContract {
    @Override
    public SourcePorts source() {
      return AllContracts.this.source();
    }

    @Override
    public ExpectedLearner expected() {
      return AllContracts.this.expected();
    }

    @Override
    protected Set<ExternalUserId> knownExternalIds() {
      return AllContracts.this.knownExternalIds();
    }
  }

  @Nested
  class Export extends ExportContract {
    @Override
    public SourcePorts source() {
      return AllContracts.this.source();
    }

    @Override
    public ExpectedLearner expected() {
      return AllContracts.this.expected();
    }
  }
}
