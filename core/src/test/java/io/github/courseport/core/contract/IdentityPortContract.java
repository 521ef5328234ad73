package io.github.courseport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.Identity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link io.github.courseport.core.port.IdentityPort}. */
public abstract class IdentityPortContract implements SourceUnderTest {
  @Test
  void whoAmIReportsTheSessionsUser() {
    Fetched<Identity> who = source().identity().whoAmI();
    assertThat(who.outcome().status()).isEqualTo(Outcome.Status.FOUND);
    assertThat(who.outcome().found().orElseThrow().userId()).isEqualTo(expected().userId());
    assertThat(who.outcome().found().orElseThrow().discoveredBy()).isNotBlank();
    SourceUnderTest.assertProvenance(List.of(who.outcome()), who.documents());
  }

  @Test
  void whoAmIIsRepeatable() {
    Identity first = source().identity().whoAmI().outcome().found().orElseThrow();
    Identity second = source().identity().whoAmI().outcome().found().orElseThrow();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void profileBelongsToTheLearner() {
    Fetched<LearnerProfile> profile = source().identity().profile(expected().userId());
    assertThat(profile.outcome().status()).isEqualTo(Outcome.Status.FOUND);
    assertThat(profile.outcome().found().orElseThrow().id()).isEqualTo(expected().userId());
    SourceUnderTest.assertProvenance(List.of(profile.outcome()), profile.documents());
  }
}
