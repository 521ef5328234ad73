package io.github.courseport.core.export;

import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The learner's courses: the union of every list that names a course (memberships, enrollments,
 * course lists, the specializations the learner joined), each course with the lists that named it
 * and whether one of them makes the learner a member. No list wins over another: a course any list
 * names is in the set, from whatever pages of that list arrived.
 */
final class CourseSet {
  private final Map<CourseId, SortedSet<String>> listedBy = new TreeMap<>();
  private final Set<CourseId> members = new TreeSet<>();

  /** Courses a membership names, with the lists each membership came from. */
  void memberships(Collection<Membership> memberships, Outcome<?> answer, String fallbackName) {
    List<String> lists = listNames(answer, fallbackName);
    for (Membership m : memberships) {
      add(m.courseId(), m.listedBy().isEmpty() ? lists : m.listedBy(), true);
    }
  }

  /** Courses a list names; {@code member} when that list makes the learner a member. */
  void named(Collection<CourseId> ids, Outcome<?> answer, String fallbackName, boolean member) {
    List<String> lists = listNames(answer, fallbackName);
    ids.forEach(id -> add(id, lists, member));
  }

  /** Courses that a joined specialization holds, named after the specialization. */
  void inSpecialization(Collection<CourseId> ids, String specializationList) {
    ids.forEach(id -> add(id, List.of(specializationList), false));
  }

  private void add(CourseId id, Collection<String> lists, boolean member) {
    listedBy.computeIfAbsent(id, k -> new TreeSet<>()).addAll(lists);
    if (member) {
      members.add(id);
    }
  }

  /** Every course, in id order. */
  SortedSet<CourseId> ids() {
    return new TreeSet<>(listedBy.keySet());
  }

  boolean contains(CourseId id) {
    return listedBy.containsKey(id);
  }

  List<String> listedBy(CourseId id) {
    return List.copyOf(listedBy.getOrDefault(id, new TreeSet<>()));
  }

  boolean member(CourseId id) {
    return members.contains(id);
  }

  /**
   * Where the membership lists disagree: with the lists complete, each course that some of them
   * name and others do not. Nothing when the answer is incomplete (a course missing from a broken
   * list is not a disagreement) or comes from one list only.
   */
  static List<String> disagreements(Outcome<List<Membership>> memberships) {
    List<Membership> all = memberships.found().orElse(List.of());
    SortedSet<String> lists = new TreeSet<>();
    all.forEach(m -> lists.addAll(m.listedBy()));
    if (lists.size() < 2) {
      return List.of();
    }
    Map<CourseId, SortedSet<String>> byCourse = new TreeMap<>();
    all.forEach(
        m -> byCourse.computeIfAbsent(m.courseId(), k -> new TreeSet<>()).addAll(m.listedBy()));
    List<String> out = new ArrayList<>();
    byCourse.forEach(
        (id, named) -> {
          if (!named.equals(lists)) {
            SortedSet<String> not = new TreeSet<>(lists);
            not.removeAll(named);
            out.add(
                "course "
                    + id
                    + " is listed by "
                    + String.join(", ", named)
                    + " but not by "
                    + String.join(", ", not));
          }
        });
    return out;
  }

  /** The resource names of the documents an answer rests on, or a name when it has none. */
  static List<String> listNames(Outcome<?> answer, String fallbackName) {
    SortedSet<String> names = new TreeSet<>();
    for (SourceRef ref : answer.sources()) {
      names.add(ref.resource());
    }
    return names.isEmpty() ? List.of(fallbackName) : List.copyOf(names);
  }
}
