package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.esc;

import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.export.views.IndexHtmlRenderer.Card;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tiles at the top of {@code index.html}: the courses the learner joined, those only listed
 * (saved, or held by a specialization), passed, in progress, deadlines, and the specializations
 * joined (those the learner left or only looked at, role {@code NOT_ENROLLED}, apart).
 */
final class IndexHtmlTiles {
  private IndexHtmlTiles() {}

  static void write(StringBuilder h, List<Card> cards, long upcoming, LearnerRecord l) {
    List<Card> joined = cards.stream().filter(Card::member).toList();
    long sessionBased = joined.stream().filter(c -> c.id().startsWith("v1-")).count();
    int listed = cards.size() - joined.size();
    long passed = joined.stream().filter(Card::passed).count();
    long inProgress = joined.stream().filter(Card::inProgress).count();
    Set<SpecializationId> specs = new TreeSet<>();
    Set<SpecializationId> notJoined = new TreeSet<>();
    for (SpecializationMembership m : l.specializationMemberships().received().orElse(List.of())) {
      (m.joined() ? specs : notJoined).add(m.specializationId());
    }
    notJoined.removeAll(specs);
    h.append("<div class=\"tiles\">\n");
    tile(
        h,
        Integer.toString(joined.size()),
        "courses you joined ("
            + (joined.size() - sessionBased)
            + " on-demand, "
            + sessionBased
            + " session-based)");
    if (listed > 0) {
      tile(h, Integer.toString(listed), "listed, not joined (saved, or in a specialization)");
    }
    tile(h, Long.toString(passed), "passed");
    tile(h, Long.toString(inProgress), "in progress");
    tile(h, Long.toString(upcoming), "upcoming deadlines");
    tile(
        h,
        Integer.toString(specs.size()),
        (specs.size() == 1 ? "specialization joined" : "specializations joined")
            + (notJoined.isEmpty() ? "" : " (" + notJoined.size() + " more not joined)"));
    h.append("</div>\n");
  }

  private static void tile(StringBuilder h, String number, String label) {
    h.append("<div class=\"tile\"><b>")
        .append(esc(number))
        .append("</b><span>")
        .append(esc(label))
        .append("</span></div>\n");
  }
}
