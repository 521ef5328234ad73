package io.github.courseport.adapters.http.coursera;

import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.ItemKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The per-course half of the endpoint table, as data: for every family, the routes the API layer
 * asks, in order. What an export costs follows from it (the bench's request plan reads it), and a
 * test holds the API layer to it (every resource a family's records cite is one of its routes).
 * Adding a family adds a line here, and the plan, the test and the docs follow.
 */
public final class CourseraRoutes {
  /** How a route addresses the courses of a port call; it decides how many requests they cost. */
  public enum Shape {
    /** {@code ids=} of {@code {userId}~{courseId}}, as many per request as fit a URL. */
    IDS_OF_OWN,
    /** {@code ids=} of course ids, as many per request as fit a URL. */
    IDS_OF_COURSES,
    /** One element per course, {@code /{userId}~{courseId}}. */
    ELEMENT_OF_OWN,
    /** One element per course by its slug (a bare answer). */
    ELEMENT_BY_SLUG,
    /** A finder per course by its id, every page followed. */
    FINDER_BY_COURSE,
    /** A finder per course by its slug, every page followed (not asked without a slug). */
    FINDER_BY_SLUG,
    /** A finder per course by the external ids known (not asked when none is known). */
    FINDER_BY_EXTERNAL_IDS,
    /**
     * One request per item of the course's outline of the route's kinds (an element by id, a finder
     * with every page, or a query of the GraphQL gateway); a course without an outline is not
     * asked.
     */
    PER_ITEM,
    /** A finder per module of the course's outline, every page followed. */
    PER_MODULE,
    /**
     * A finder per element the step's route before it found (the reviews of each submission, the
     * answers in each prompt's thread), every page followed.
     */
    PER_FOUND,
    /**
     * The search of the whole course forums: only with {@code --forums}, within its request budget
     * per course (none by default).
     */
    FORUM_SEARCH
  }

  /**
   * One route: the resource, how it is asked, and for {@link Shape#PER_ITEM} the kinds of outline
   * item it is asked for.
   */
  public record Route(String resource, Shape shape, Set<ItemKind> kinds) {
    public Route {
      kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** A route that is not asked item by item. */
    public Route(String resource, Shape shape) {
      this(resource, shape, Set.of());
    }
  }

  /**
   * A family's routes.
   *
   * @param steps the routes of each step, asked together for every course; a course goes on to the
   *     next step only when its step's route is gone for the run (today's route first, then 2015's)
   */
  public record FamilyRoutes(CourseFamily<?> family, List<List<Route>> steps) {
    public FamilyRoutes {
      steps = steps.stream().map(List::copyOf).toList();
    }
  }

  /**
   * The outline items each item-by-item family asks, by kind: quizzes and exams (graded and
   * practice) of the gateway, peer assignments, programming assignments, discussion prompts.
   */
  static final Map<CourseFamily<?>, Set<ItemKind>> WORK_KINDS =
      Map.of(
          CourseFamily.ATTEMPTS,
          EnumSet.of(ItemKind.QUIZ, ItemKind.EXAM),
          CourseFamily.PEER_WORK,
          EnumSet.of(ItemKind.PEER_ASSIGNMENT),
          CourseFamily.PROGRAMMING_WORK,
          EnumSet.of(ItemKind.PROGRAMMING_ASSIGNMENT),
          CourseFamily.DISCUSSION_ANSWERS,
          EnumSet.of(ItemKind.DISCUSSION_PROMPT));

  private static final Map<CourseFamily<?>, FamilyRoutes> TABLE = table();

  /** The outline items a family asks, by kind; none for a family not asked item by item. */
  static Set<ItemKind> kinds(CourseFamily<?> family) {
    return WORK_KINDS.getOrDefault(family, Set.of());
  }

  private CourseraRoutes() {}

  private static Map<CourseFamily<?>, FamilyRoutes> table() {
    Map<CourseFamily<?>, FamilyRoutes> t = new TreeMap<>();
    put(
        t,
        CourseFamily.PROGRESS,
        List.of(new Route(Endpoints.PROGRESS, Shape.IDS_OF_OWN)),
        List.of(new Route(Endpoints.OPENCOURSE, Shape.ELEMENT_BY_SLUG)));
    put(t, CourseFamily.SCHEDULE, List.of(new Route(Endpoints.SCHEDULES, Shape.IDS_OF_COURSES)));
    put(t, CourseFamily.DEADLINES, List.of(new Route(Endpoints.DEADLINES, Shape.FINDER_BY_COURSE)));
    put(
        t,
        CourseFamily.HOME_PROGRESS,
        List.of(new Route(Endpoints.HOME_PROGRESS, Shape.IDS_OF_OWN)));
    put(
        t,
        CourseFamily.GRADES,
        List.of(new Route(Endpoints.VIEW_GRADES, Shape.ELEMENT_OF_OWN)),
        List.of(new Route(Endpoints.GRADES, Shape.IDS_OF_COURSES)));
    put(
        t,
        CourseFamily.INSTRUCTOR_NOTES,
        List.of(
            new Route(Endpoints.NOTES, Shape.FINDER_BY_COURSE),
            new Route(Endpoints.DEFAULT_NOTES, Shape.FINDER_BY_COURSE)));
    put(
        t,
        CourseFamily.CLASSMATES,
        List.of(new Route(Endpoints.CLASSMATES, Shape.FINDER_BY_EXTERNAL_IDS)));
    put(
        t,
        CourseFamily.EXPERIMENTS,
        List.of(new Route(Endpoints.EXPERIMENTS, Shape.FINDER_BY_SLUG)));
    put(
        t,
        CourseFamily.COMPLETION_EVENTS,
        List.of(new Route(Endpoints.COMPLETION_EVENTS, Shape.FINDER_BY_COURSE)));
    put(t, CourseFamily.OUTLINE, List.of(new Route(Endpoints.MATERIALS, Shape.FINDER_BY_SLUG)));
    put(
        t,
        CourseFamily.ATTEMPTS,
        List.of(new Route(Endpoints.GATEWAY, Shape.PER_ITEM, kinds(CourseFamily.ATTEMPTS))));
    put(
        t,
        CourseFamily.PEER_WORK,
        List.of(
            new Route(Endpoints.PEER_SUBMISSIONS, Shape.PER_ITEM, kinds(CourseFamily.PEER_WORK)),
            new Route(Endpoints.PEER_REVIEWS, Shape.PER_FOUND)));
    put(
        t,
        CourseFamily.PROGRAMMING_WORK,
        List.of(
            new Route(
                Endpoints.PROGRAMMING, Shape.PER_ITEM, kinds(CourseFamily.PROGRAMMING_WORK))));
    put(
        t,
        CourseFamily.DISCUSSION_ANSWERS,
        List.of(
            new Route(
                Endpoints.DISCUSSION_PROMPTS,
                Shape.PER_ITEM,
                kinds(CourseFamily.DISCUSSION_ANSWERS)),
            new Route(Endpoints.FORUM_ANSWERS, Shape.PER_FOUND),
            new Route(Endpoints.FORUMS, Shape.FORUM_SEARCH),
            new Route(Endpoints.FORUM_QUESTIONS, Shape.FORUM_SEARCH)));
    put(t, CourseFamily.LEARNER_NOTES, List.of(new Route(Endpoints.USER_NOTES, Shape.PER_MODULE)));
    put(
        t,
        CourseFamily.CERTIFICATE,
        List.of(new Route(Endpoints.VC_MEMBERSHIPS, Shape.ELEMENT_OF_OWN)));
    for (CourseFamily<?> f : CourseFamily.all()) {
      if (!t.containsKey(f)) {
        throw new IllegalStateException("the route table has no route for the family " + f);
      }
    }
    return t;
  }

  private static void put(
      Map<CourseFamily<?>, FamilyRoutes> t, CourseFamily<?> family, List<Route> step) {
    t.put(family, new FamilyRoutes(family, List.of(step)));
  }

  private static void put(
      Map<CourseFamily<?>, FamilyRoutes> t,
      CourseFamily<?> family,
      List<Route> first,
      List<Route> then) {
    t.put(family, new FamilyRoutes(family, List.of(first, then)));
  }

  /** Every family's routes, in the families' order. */
  public static List<FamilyRoutes> families() {
    return List.copyOf(TABLE.values());
  }

  /** One family's routes. */
  public static FamilyRoutes of(CourseFamily<?> family) {
    FamilyRoutes r = TABLE.get(family);
    if (r == null) {
      throw new IllegalArgumentException("no routes for " + family);
    }
    return r;
  }
}
