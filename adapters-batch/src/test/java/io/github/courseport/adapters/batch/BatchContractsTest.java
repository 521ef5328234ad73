package io.github.courseport.adapters.batch;

import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Learners;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.server.FakeCourseraServer;
import io.github.courseport.core.contract.AllContracts;
import io.github.courseport.core.contract.ExpectedLearner;
import io.github.courseport.core.contract.ExportContract;
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
 * Every core contract over real HTTP on loopback, through {@code POST /api/batch} of the fake
 * server, for the demo learner and a synthetic one (whose lists come in pages, followed with
 * follow-up sub-requests). The adapters have no fallback, so nothing here can pass by quietly
 * falling back to plain requests. Also: the export contract with the api host on another origin
 * (its requests then go on their own), and over a gone batch endpoint with the HTTP adapter as
 * fallback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchContractsTest {
  private static final Learner DEMO = Learners.demo();
  private static final Learner SYNTHETIC = Learners.synthetic(30, 7);
  private static final ExpectedLearner DEMO_EXPECTED = Fakes.expected(DEMO);
  private static final ExpectedLearner SYNTHETIC_EXPECTED = Fakes.expected(SYNTHETIC);

  private FakeCourseraServer demoServer;
  private FakeCourseraServer syntheticServer;
  private FakeCourseraServer goneServer;
  private final List<AutoCloseable> adapters = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  void start() {
    demoServer = FakeCourseraServer.builder().learner(DEMO).start();
    syntheticServer = FakeCourseraServer.builder().learner(SYNTHETIC).pageSize(4).seed(7).start();
    goneServer = FakeCourseraServer.builder().learner(DEMO).gone(Set.of(Resources.BATCH)).start();
  }

  @AfterAll
  void stop() throws Exception {
    for (AutoCloseable a : adapters) {
      a.close();
    }
    demoServer.close();
    syntheticServer.close();
    goneServer.close();
  }

  private SourcePorts demo() {
    BatchCourseraAdapter a = Fakes.batch(demoServer).build();
    adapters.add(a);
    return a.ports();
  }

  private SourcePorts synthetic() {
    BatchCourseraAdapter a = Fakes.batch(syntheticServer).pageSize(3).maxSubRequests(20).build();
    adapters.add(a);
    return a.ports();
  }

  private SourcePorts demoOtherApiOrigin() {
    BatchCourseraAdapter a = Fakes.batch(demoServer, Fakes.otherOrigin(demoServer)).build();
    adapters.add(a);
    return a.ports();
  }

  private SourcePorts goneWithFallback() {
    BatchCourseraAdapter a = Fakes.batch(goneServer).build();
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

  @Nested
  class DemoExportWithTheApiHostElsewhere extends ExportContract {
    @Override
    public SourcePorts source() {
      return demoOtherApiOrigin();
    }

    @Override
    public ExpectedLearner expected() {
      return DEMO_EXPECTED;
    }
  }

  @Nested
  class DemoExportOverAGoneBatchEndpoint extends ExportContract {
    @Override
    public SourcePorts source() {
      return goneWithFallback();
    }

    @Override
    public ExpectedLearner expected() {
      return DEMO_EXPECTED;
    }
  }
}
