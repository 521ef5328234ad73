package io.github.courseport.core.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What an export asked for and what it got, per resource family, with every gap named: the family,
 * the key (course or id) and the reason. An export is complete only when there is no gap.
 *
 * @param notCarriedParts the parts the source does not carry, each with why (a family a plug-in
 *     does not hold, a route Coursera retired): not gaps, and named apart from them
 * @param notAsked families the export did not ask at all, on request (the learner's own work, left
 *     out for a quick export), each with why: neither found, absent nor a gap, and said here so
 *     that nobody reads their absence from the course records as "nothing there"
 */
@Described("What the export asked for and what it got, per resource family, with every gap named.")
public record CompletenessReport(
    @Described("by family name (identity, memberships, courses, grades, ...)")
        SortedMap<String, Tally> families,
    List<Gap> gaps,
    List<Gap> notCarriedParts,
    @AddedLater("issue 26")
        @Described(
            "families the export did not ask at all, on request (the learner's own work left out"
                + " with --no-work), each with why: neither found, absent nor a gap")
        SortedMap<String, String> notAsked) {
  public CompletenessReport {
    families = Collections.unmodifiableSortedMap(new TreeMap<>(families));
    gaps = gaps.stream().sorted().toList();
    notCarriedParts = notCarriedParts.stream().sorted().toList();
    notAsked = Collections.unmodifiableSortedMap(new TreeMap<>(notAsked));
  }

  /** A report whose source carries everything it was asked, and that asked every family. */
  public CompletenessReport(SortedMap<String, Tally> families, List<Gap> gaps) {
    this(families, gaps, List.of(), new TreeMap<>());
  }

  /** Whether nothing was unavailable or failed. */
  public boolean complete() {
    return gaps.isEmpty();
  }

  /**
   * Counts for one family.
   *
   * @param notCarried keys of a family that the source does not carry (neither absent nor a gap)
   */
  @Described("Counts for one family; asked = found + absent + unavailable + failed + notCarried.")
  public record Tally(
      int asked,
      int found,
      int absent,
      int unavailable,
      int failed,
      @AddedLater("issue 25: sources that do not carry a family")
          @Described(
              "Keys of a family the source does not carry (present only when there are any); no"
                  + " gap.")
          int notCarried,
      SortedSet<String> transports) {
    public Tally {
      transports = Collections.unmodifiableSortedSet(new TreeSet<>(transports));
    }

    /** Counts of a family with nothing not carried (every family of the built-in sources). */
    public Tally(
        int asked,
        int found,
        int absent,
        int unavailable,
        int failed,
        SortedSet<String> transports) {
      this(asked, found, absent, unavailable, failed, 0, transports);
    }
  }

  /**
   * The families the source does not carry, with how many keys each: what a report names plainly as
   * "this source does not hold it", apart from the gaps.
   */
  public SortedMap<String, Integer> notCarried() {
    SortedMap<String, Integer> out = new TreeMap<>();
    families.forEach(
        (f, t) -> {
          if (t.notCarried() > 0) {
            out.put(f, t.notCarried());
          }
        });
    return out;
  }

  /** One missing piece: which family, which key (empty for a learner-level list), and why. */
  @Described("One missing piece: which family, which key, and why.")
  public record Gap(
      String family,
      @Described("The course id (and part id), or an id, or empty for a learner-level list.")
          String key,
      Outcome.Status status,
      String reason)
      implements Comparable<Gap> {
    private static final Comparator<Gap> ORDER =
        Comparator.comparing(Gap::family).thenComparing(Gap::key).thenComparing(Gap::reason);

    @Override
    public int compareTo(Gap o) {
      return ORDER.compare(this, o);
    }
  }

  /** A thread-safe accumulator, fed as outcomes arrive. */
  public static Builder builder() {
    return new Builder();
  }

  /** Accumulates outcomes; safe to call from many threads. */
  public static final class Builder {
    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<String, SortedSet<String>> transports = new TreeMap<>();
    private final List<Gap> gaps = new ArrayList<>();
    private final List<Gap> notCarried = new ArrayList<>();
    private final SortedMap<String, String> notAsked = new TreeMap<>();

    private Builder() {}

    /** Records that a family was not asked at all, on request, and why. */
    public synchronized Builder notAsked(String family, String why) {
      notAsked.put(family, why);
      return this;
    }

    /** Records one outcome of a family for a key ({@code ""} for a learner-level item). */
    public synchronized Builder add(String family, String key, Outcome<?> outcome) {
      return add(family, key, outcome.status(), outcome.reason());
    }

    /** Records one status of a family for a key. */
    public synchronized Builder add(
        String family, String key, Outcome.Status status, @Nullable String reason) {
      int[] c = counts.computeIfAbsent(family, f -> new int[6]);
      c[0]++;
      c[
          switch (status) {
            case FOUND -> 1;
            case ABSENT -> 2;
            case UNAVAILABLE -> 3;
            case FAILED -> 4;
            case NOT_CARRIED -> 5;
          }]++;
      if (status == Outcome.Status.UNAVAILABLE || status == Outcome.Status.FAILED) {
        gaps.add(new Gap(family, key, status, reason == null ? "" : reason));
      } else if (status == Outcome.Status.NOT_CARRIED) {
        notCarried.add(new Gap(family, key, status, reason == null ? "" : reason));
      }
      return this;
    }

    /** Records that a family was served (in part) by a transport. */
    public synchronized Builder transport(String family, String transport) {
      transports.computeIfAbsent(family, f -> new TreeSet<>()).add(transport);
      return this;
    }

    /** Records a finished course's parts under family names such as {@code grades}. */
    public synchronized Builder addCourse(CourseCompleteness course) {
      course
          .parts()
          .forEach(
              (part, p) -> {
                int colon = part.indexOf(':');
                String family = colon < 0 ? part : part.substring(0, colon);
                String key =
                    colon < 0
                        ? course.courseId().value()
                        : course.courseId().value() + " " + part.substring(colon + 1);
                add(family.equals("course") ? "courses" : family, key, p.status(), p.reason());
              });
      return this;
    }

    public synchronized CompletenessReport build() {
      SortedMap<String, Tally> tallies = new TreeMap<>();
      counts.forEach(
          (f, c) ->
              tallies.put(
                  f,
                  new Tally(
                      c[0],
                      c[1],
                      c[2],
                      c[3],
                      c[4],
                      c[5],
                      transports.getOrDefault(f, new TreeSet<>()))));
      return new CompletenessReport(
          tallies, new ArrayList<>(gaps), new ArrayList<>(notCarried), notAsked);
    }
  }
}
