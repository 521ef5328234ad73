package io.github.courseport.adapters.http;

import io.github.courseport.core.port.SourcePorts;

/**
 * Every core contract over recorded answers: the HTTP adapter with the fixtures' in-memory Coursera
 * as its client, for the same learners as over loopback. The in-memory source has no mapping of its
 * own: what passes here passes through the one API layer.
 */
class RecordedAnswersContractsTest extends HttpContractsTest {
  @Override
  SourcePorts demo() {
    HttpCourseraAdapter a = Fakes.inMemory(DEMO, 100).build();
    adapters.add(a);
    return a.ports();
  }

  @Override
  SourcePorts synthetic() {
    HttpCourseraAdapter a = Fakes.inMemory(SYNTHETIC, 4).pageSize(3).build();
    adapters.add(a);
    return a.ports();
  }
}
