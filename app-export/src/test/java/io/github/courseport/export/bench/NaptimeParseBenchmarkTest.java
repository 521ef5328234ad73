package io.github.courseport.export.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's page is what it claims to be, and both benchmark methods read all of it. */
class NaptimeParseBenchmarkTest {
  @Test
  void thePageIsAMegabyteOfCoursesThatTheAdapterReads() throws Exception {
    NaptimeParseBenchmark b = new NaptimeParseBenchmark();
    b.setUp();

    assertThat(b.page.length).isGreaterThanOrEqualTo(NaptimeParseBenchmark.PAGE_BYTES);
    int elements = b.readTree().path("elements").size();
    assertThat(elements).isGreaterThan(100);
    assertThat(b.adapterMapping()).hasSize(elements);
  }
}
