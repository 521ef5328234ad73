package io.github.courseport.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource the source found gone during the run (an HTML page after its retries, a 404 of the
 * whole resource, a 405 or a routing error, for the way it was asked), so that it was asked no more
 * than a handful of times: the resource, what its answer said, and every part of the record that is
 * a gap because of it. The report names each such resource once.
 *
 * <p>A source says so in the reason of each outcome the route cost ({@code "<resource>: " +
 * gone(why)}), worded the same whether the request was sent or not, so that the record does not
 * depend on which request carried the news; the report finds those reasons again among its gaps
 * (also the gaps of courses a resumed run read back), so the fact needs no channel of its own.
 *
 * @param resource the resource, e.g. {@code onDemandCompletionEvents.v1}
 * @param why what its answers said
 * @param parts every gap whose reason names the resource as gone, as {@code "<family> <key>"}, in
 *     the report's order
 */
public record LearnedUnavailable(String resource, String why, List<String> parts) {
  private static final String MARK = "gone for this run: ";
  private static final Pattern GONE =
      Pattern.compile("([^\\s:;]+): " + Pattern.quote(MARK) + "(.*?)(?:; then |$)");

  public LearnedUnavailable {
    parts = List.copyOf(parts);
  }

  /**
   * The reason of an outcome whose route is gone for this run, to follow {@code "<resource>: "}.
   */
  public static String gone(String why) {
    return MARK + why;
  }

  /** The resources found gone, in the order of the resource names, with their parts. */
  public static List<LearnedUnavailable> of(List<CompletenessReport.Gap> gaps) {
    Map<String, String> why = new TreeMap<>();
    Map<String, List<String>> parts = new TreeMap<>();
    for (CompletenessReport.Gap g : gaps) {
      Matcher m = GONE.matcher(g.reason());
      while (m.find()) {
        why.putIfAbsent(m.group(1), m.group(2));
        List<String> of = parts.computeIfAbsent(m.group(1), k -> new ArrayList<>());
        String part = g.key().isEmpty() ? g.family() : g.family() + " " + g.key();
        if (!of.contains(part)) {
          of.add(part);
        }
      }
    }
    List<LearnedUnavailable> out = new ArrayList<>();
    why.forEach(
        (resource, w) ->
            out.add(new LearnedUnavailable(resource, w, parts.getOrDefault(resource, List.of()))));
    return out;
  }
}
