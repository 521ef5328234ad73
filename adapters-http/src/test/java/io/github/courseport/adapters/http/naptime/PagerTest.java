package io.github.courseport.adapters.http.naptime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The pager over canned sequences of pages, including servers that lie. */
class PagerTest {
  /** A canned server: cursor (null for the first page) to body; records the cursors asked. */
  private static final class Canned {
    final Map<String, String> pages = new HashMap<>();
    final List<@Nullable String> asked = new ArrayList<>();

    Canned page(@Nullable String cursor, String body) {
      pages.put(String.valueOf(cursor), body);
      return this;
    }

    Pager.Paged<String> follow() {
      return Pager.follow(
          start -> {
            asked.add(start);
            String body = pages.get(String.valueOf(start));
            return body == null ? "FAIL" : body;
          },
          body -> body.equals("FAIL") ? null : Envelope.parse(EnvelopeTest.json(body)));
    }
  }

  @Test
  void followsOpaqueCursorsVerbatimToTheEnd() {
    Canned c =
        new Canned()
            .page(
                null,
                "{\"elements\": [{\"id\": 1}], \"paging\": {\"next\": \"b2Y=\", \"total\": 3}}")
            .page(
                "b2Y=",
                "{\"elements\": [{\"id\": 2}], \"paging\": {\"next\": \"x~1\", \"total\": 3}}")
            .page("x~1", "{\"elements\": [{\"id\": 3}], \"paging\": {\"total\": 3}}");
    Pager.Paged<String> p = c.follow();
    assertThat(p.complete()).isTrue();
    assertThat(p.elements()).hasSize(3);
    assertThat(p.pages()).hasSize(3);
    assertThat(c.asked).containsExactly(null, "b2Y=", "x~1");
  }

  @Test
  void aShortCountIsAProblemNotASmallerList() {
    // The real report: total 215, but the server stops giving "next" after 100.
    Canned c =
        new Canned()
            .page(null, "{\"elements\": [{\"id\": 1}, {\"id\": 2}], \"paging\": {\"total\": 215}}");
    Pager.Paged<String> p = c.follow();
    assertThat(p.complete()).isFalse();
    assertThat(p.failedPage()).isFalse();
    assertThat(p.problem()).contains("215").contains("2 arrived");
    assertThat(p.elements()).hasSize(2);
  }

  @Test
  void moreThanTheTotalIsAlsoAMismatch() {
    Canned c =
        new Canned()
            .page(
                null, "{\"elements\": [{\"id\": 1}], \"paging\": {\"next\": \"n\", \"total\": 1}}")
            .page("n", "{\"elements\": [{\"id\": 2}], \"paging\": {\"total\": 1}}");
    assertThat(c.follow().problem()).contains("has 1 elements but 2 arrived");
  }

  @Test
  void noTotalMeansNoCheck() {
    Canned c = new Canned().page(null, "{\"elements\": [{\"id\": 1}], \"paging\": null}");
    assertThat(c.follow().complete()).isTrue();
  }

  @Test
  void aRepeatedCursorStopsPaging() {
    Canned c =
        new Canned()
            .page(null, "{\"elements\": [{\"id\": 1}], \"paging\": {\"next\": \"a\"}}")
            .page("a", "{\"elements\": [{\"id\": 2}], \"paging\": {\"next\": \"a\"}}");
    Pager.Paged<String> p = c.follow();
    assertThat(p.complete()).isFalse();
    assertThat(p.problem()).contains("repeated");
    assertThat(c.asked).hasSize(2);
  }

  @Test
  void aFailedPageEndsPagingAndIsReported() {
    Canned c =
        new Canned()
            .page(
                null, "{\"elements\": [{\"id\": 1}], \"paging\": {\"next\": \"a\", \"total\": 2}}");
    Pager.Paged<String> p = c.follow();
    assertThat(p.failedPage()).isTrue();
    assertThat(p.problem()).contains("page 2 failed");
    assertThat(p.pages()).containsExactly(p.pages().get(0), "FAIL");
  }

  @Test
  void emptyPagesWithANextAreFollowed() {
    Canned c =
        new Canned()
            .page(null, "{\"elements\": [], \"paging\": {\"next\": \"a\", \"total\": 1}}")
            .page("a", "{\"elements\": [{\"id\": 1}], \"paging\": {\"total\": 1}}");
    assertThat(c.follow().complete()).isTrue();
  }

  @Test
  void aServerThatNeverStopsIsCut() {
    Pager.Paged<Integer> p =
        Pager.follow(
            start -> start == null ? 0 : Integer.parseInt(start) + 1,
            n ->
                Envelope.parse(
                    EnvelopeTest.json("{\"elements\": [], \"paging\": {\"next\": \"" + n + "\"}}")),
            5);
    assertThat(p.pages()).hasSize(5);
    assertThat(p.problem()).contains("more than 5 pages");
  }
}
