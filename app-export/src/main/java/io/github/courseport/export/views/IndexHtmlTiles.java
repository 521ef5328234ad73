package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.esc;

import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.export.views.IndexHtmlRenderer.Card;
import java.util.List;

/**
 * The tiles at the top of {@code index.html}: courses, passed, in progress, deadlines,
 * specializations.
 */
final class IndexHtmlTiles {
  private IndexHtmlTiles() {}

  static void write(StringBuilder h, List<Card> cards, long upcoming, LearnerRecord l) {
    long sessionBased = cards.stream().filter(c -> c.id().startsWith("v1-")).count();
    long passed = cards.stream().filter(Card::passed).count();
    long inProgress = cards.stream().filter(Card::inProgress).count();
    int specs =
        Math.max(
            l.specializations().size(),
            l.specializationMemberships().received().map(List::size).orElse(0));
    h.append("<div class=\"tiles\">\n");
    tile(
        h,
        Integer.toString(cards.size()),
        (cards.size() - sessionBased) + " on-demand, " + sessionBased + " session-based courses");
    tile(h, Long.toString(passed), "passed");
    tile(h, Long.toString(inProgress), "in progress");
    tile(h, Long.toString(upcoming), "upcoming deadlines");
    tile(h, Integer.toString(specs), specs == 1 ? "specialization" : "specializations");
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
