package io.github.courseport.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource that a source learned to be unavailable during the run (it kept answering an HTML page
 * or 404 for the whole resource), so that its later requests were not sent: the resource, after how
 * many answers in a row, why, and every part of the record that is a gap because of it.
 *
 * <p>A source says so in the reason of each outcome it did not ask for ({@code "<resource>: " +
 * notAsked(answers, why)}) and of the answers that taught it, as far as they were still its to word
 * ({@code "<resource>: " + learned(answers, why)}); the report finds those reasons again among its
 * gaps (also the gaps of courses a resumed run read back), so the fact needs no channel of its own.
 *
 * @param resource the resource, e.g. {@code onDemandCompletionEvents.v1}
 * @param answers how many answers in a row taught it
 * @param why what those answers said
 * @param parts every gap whose reason names the resource, as {@code "<family> <key>"}, in the
 *     report's order
 */
public record LearnedUnavailable(String resource, int answers, String why, List<String> parts) {
  private static final String MARK = "learned unavailable after ";
  private static final Pattern LEARNED =
      Pattern.compile(
          "([^\\s:;]+): (?:not asked: )?"
              + Pattern.quote(MARK)
              + "(\\d{1,9}) answers in a row: (.*?)(?:; then |$)");

  public LearnedUnavailable {
    parts = List.copyOf(parts);
  }

  /**
   * The reason of an outcome whose answer taught (or came after) the source that its resource is
   * unavailable, to follow {@code "<resource>: "}.
   */
  public static String learned(int answers, String why) {
    return MARK + answers + " answers in a row: " + why;
  }

  /**
   * The reason of an outcome that was not asked because its resource was learned unavailable, to
   * follow {@code "<resource>: "}.
   */
  public static String notAsked(int answers, String why) {
    return "not asked: " + learned(answers, why);
  }

  /** The resources learned unavailable, in the order of the resource names, with their parts. */
  public static List<LearnedUnavailable> of(List<CompletenessReport.Gap> gaps) {
    Map<String, LearnedUnavailable> most = new TreeMap<>();
    for (CompletenessReport.Gap g : gaps) {
      Matcher m = LEARNED.matcher(g.reason());
      while (m.find()) {
        LearnedUnavailable l =
            new LearnedUnavailable(m.group(1), Integer.parseInt(m.group(2)), m.group(3), List.of());
        most.merge(l.resource(), l, (a, b) -> b.answers() > a.answers() ? b : a);
      }
    }
    List<LearnedUnavailable> out = new ArrayList<>();
    for (LearnedUnavailable l : most.values()) {
      List<String> parts = new ArrayList<>();
      for (CompletenessReport.Gap g : gaps) {
        if (g.reason().contains(l.resource() + ": ")) {
          parts.add(g.key().isEmpty() ? g.family() : g.family() + " " + g.key());
        }
      }
      out.add(new LearnedUnavailable(l.resource(), l.answers(), l.why(), parts));
    }
    return out;
  }
}
