package io.github.courseport.adapters.http;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.contract.AllContracts;
import io.github.courseport.core.contract.CourseFamilyPortContract;
import io.github.courseport.core.contract.ExpectedLearner;
import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.port.SourcePorts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * Every core contract over real HTTP on loopback, against the fake server, for the demo learner and
 * a synthetic one (whose lists come in pages of 4). Each test gets a fresh adapter: an adapter
 * serves one export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpContractsTest {
  static final Learner DEMO = Learners.demo();
  static final Learner SYNTHETIC = Learners.synthetic(30, 7);
  private static final ExpectedLearner DEMO_EXPECTED = Fakes.expected(DEMO);
  private static final ExpectedLearner SYNTHETIC_EXPECTED = Fakes.expected(SYNTHETIC);

  private FakeCourseraServer demoServer;
  private FakeCourseraServer syntheticServer;
  private FakeCourseraServer todayServer;
  final List<HttpCourseraAdapter> adapters = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  void start() {
    demoServer = FakeCourseraServer.builder().learner(DEMO).start();
    syntheticServer = FakeCourseraServer.builder().learner(SYNTHETIC).pageSize(4).seed(7).start();
    todayServer = FakeCourseraServer.builder().learner(SYNTHETIC).era(Era.TODAY).start();
  }

  @AfterAll
  void stop() {
    adapters.forEach(HttpCourseraAdapter::close);
    demoServer.close();
    syntheticServer.close();
    todayServer.close();
  }

  SourcePorts demo() {
    HttpCourseraAdapter a = Fakes.adapter(demoServer).build();
    adapters.add(a);
    return a.ports();
  }

  SourcePorts synthetic() {
    HttpCourseraAdapter a = Fakes.adapter(syntheticServer).pageSize(3).build();
    adapters.add(a);
    return a.ports();
  }

  @Nested
  class Demo extends AllContracts {
    @Override
    public SourcePorts source() {
      return demo();
    }

    @Override
    public ExpectedLearner expected() {
      return DEMO_EXPECTED;
    }

    @Override
    protected Set<ExternalUserId> knownExternalIds() {
      return Set.of(DEMO.facts().externalId());
    }
  }

  @Nested
  class Synthetic extends AllContracts {
    @Override
    public SourcePorts source() {
      return synthetic();
    }

    @Override
    public ExpectedLearner expected() {
      return SYNTHETIC_EXPECTED;
    }

    @Override
    protected Set<ExternalUserId> knownExternalIds() {
      return Set.of(SYNTHETIC.facts().externalId());
    }
  }

  /**
   * The same families from today's API: today's grades route answers, 2015's does not; every other
   * family answers as in 2015, so the same courses are found.
   */
  @Nested
  class SyntheticToday extends CourseFamilyPortContract {
    @Override
    public SourcePorts source() {
      HttpCourseraAdapter a = Fakes.adapter(todayServer).build();
      adapters.add(a);
      return a.ports();
    }

    @Override
    public ExpectedLearner expected() {
      return SYNTHETIC_EXPECTED;
    }

    @Override
    protected Set<ExternalUserId> knownExternalIds() {
      return Set.of(SYNTHETIC.facts().externalId());
    }
  }
}
