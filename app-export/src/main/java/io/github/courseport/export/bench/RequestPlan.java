package io.github.courseport.export.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.fixtures.Elements;
import io.github.courseport.adapters.fixtures.Learner;
import io.github.courseport.adapters.fixtures.Resources;
import io.github.courseport.adapters.fixtures.Wire;
import io.github.courseport.adapters.fixtures.server.Era;
import io.github.courseport.adapters.http.coursera.CourseraRoutes;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import io.github.courseport.adapters.http.naptime.client.RetryPolicy;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.ItemKind;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.export.ExportLearningRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The requests an export of a learner needs, computed from the learner's data alone (never from a
 * run): the HTTP adapter's plan, request by request, as {@code docs/performance.md} explains.
 *
 * @param requests HTTP requests the plan needs
 * @param perResource the same, per resource (the fake server's names)
 * @param depth round trips that must follow each other (each needs an answer of the one before)
 * @param familyRequests of {@code requests}, those of the per-course phase
 * @param levelRequests of {@code requests}, those before the per-course phase, per round trip level
 *     (level 0 is identity); what a batching source can pack together
 * @param extraRounds round trips that carry a few requests alone: the retries of answers that are
 *     the web app's page (a route the era lacks), and the probes of the per-course phase (a route
 *     is asked once before a round fans out over it); each costs a batch of its own
 * @param unbatchable of {@code familyRequests}, those a batch cannot carry (a batch carries GETs
 *     only: the GraphQL gateway's queries travel on their own)
 */
public record RequestPlan(
    long requests,
    SortedMap<String, Long> perResource,
    int depth,
    long familyRequests,
    List<Long> levelRequests,
    int extraRounds,
    long unbatchable) {
  public RequestPlan {
    perResource = Collections.unmodifiableSortedMap(new TreeMap<>(perResource));
    levelRequests = List.copyOf(levelRequests);
  }

  /** The HTTP adapter's defaults, as {@code courseport export} builds it. */
  public static final int PAGE_SIZE = 100;

  /**
   * The plan of the HTTP adapter (page size {@link #PAGE_SIZE}, {@code ids=} values of at most
   * {@link NaptimeIds#DEFAULT_MAX_IDS_LENGTH} characters) for a learner.
   *
   * @param keysPerCall courses per family port call (the adapter's {@code keysPerCall})
   * @param era the generation of the API the learner is served in: a route the era lacks answers
   *     the web app's page, which costs one request with its HTML attempts per run (the API layer's
   *     probe, {@code RouteHealth}), and sends its courses on to the family's next route
   */
  public static RequestPlan http(Learner learner, int keysPerCall, Era era) {
    return new Planner(learner, PAGE_SIZE, NaptimeIds.DEFAULT_MAX_IDS_LENGTH, keysPerCall, era)
        .plan();
  }

  /**
   * The fewest requests a batching source needs: one batch per level before the per-course phase
   * (each level fits one batch of {@code maxSubRequests} or a few), one per extra round (retries of
   * pages, probes), then the per-course sub-requests packed {@code maxSubRequests} to a batch, and
   * each request a batch cannot carry on its own.
   */
  public long batches(int maxSubRequests) {
    long n = extraRounds;
    for (long level : levelRequests) {
      n += ceilDiv(level, maxSubRequests);
    }
    return n + ceilDiv(familyRequests - unbatchable, maxSubRequests) + unbatchable;
  }

  static long ceilDiv(long a, long b) {
    return a <= 0 ? 0 : (a + b - 1) / b;
  }

  /** Walks the learner the way the export and the adapter do. */
  private static final class Planner {
    private final Learner learner;
    private final int pageSize;
    private final int maxIds;
    private final int keysPerCall;
    private final Era era;
    private final SortedMap<String, Long> perResource = new TreeMap<>();
    private final List<Long> levels = new ArrayList<>();
    private int extraRounds;

    Planner(Learner learner, int pageSize, int maxIds, int keysPerCall, Era era) {
      this.learner = learner;
      this.pageSize = pageSize;
      this.maxIds = maxIds;
      this.keysPerCall = keysPerCall;
      this.era = era;
    }

    /**
     * {@code n} requests of a resource: as many as that where the era serves it; where it does not,
     * one (the probe that finds it gone, with its HTML attempts), or none for {@code n = 0}.
     */
    private long ask(String resource, long n) {
      if (n <= 0) {
        return 0;
      }
      if (era.withoutRoute(resource)) {
        retries = Math.max(retries, RetryPolicy.HTML_ATTEMPTS - 1);
        return add(resource, RetryPolicy.HTML_ATTEMPTS);
      }
      return add(resource, n);
    }

    /** The retry rounds of the current level: a page the era answers for a route it lacks. */
    private int retries;

    /** Ends a level: its requests, and the rounds of its retries (side by side, not in a row). */
    private void level(long requests) {
      levels.add(requests);
      extraRounds += retries;
      retries = 0;
    }

    private long add(String resource, long n) {
      if (n > 0) {
        perResource.merge(resource, n, Long::sum);
      }
      return n;
    }

    private long pages(int elements) {
      return Math.max(1, ceilDiv(Math.max(0, elements), pageSize));
    }

    private long chunks(Collection<String> wireIds) {
      return wireIds.isEmpty() ? 0 : NaptimeIds.chunks(new ArrayList<>(wireIds), maxIds).size();
    }

    RequestPlan plan() {
      Elements memberships = learner.elements(Resources.MEMBERSHIPS);
      int nMemberships = Math.max(0, memberships.size());

      // Level 0, identity: memberships.v1?q=me&limit=1; adminUserPermissions.v1 when no element
      // names the user.
      long identity = add(Resources.MEMBERSHIPS, 1);
      if (nMemberships == 0) {
        identity += add(Resources.ADMIN_PERMISSIONS, 1);
      }
      level(identity);

      // Lists, all asked at once; pages follow each other. The adapter asks
      // openCourseMemberships.v1 (one page: paging null) after the memberships' last page.
      long membershipPages = pages(nMemberships);
      long specPages = pages(learner.elements(Resources.SPECIALIZATION_MEMBERSHIPS).size());
      long listPages = pages(learner.elements(Resources.COURSE_LISTS).size());

      if (era.withoutRoute(Resources.COURSE_LISTS)) {
        listPages = 1; // its one probe
      }
      ask(Resources.PROFILES, 1);
      ask(Resources.MEMBERSHIPS, membershipPages);
      ask(Resources.OPEN_COURSE_MEMBERSHIPS, 1);
      ask(Resources.V1_ENROLLMENTS, 1);
      ask(Resources.SPECIALIZATION_MEMBERSHIPS, specPages);
      ask(Resources.COURSE_LISTS, listPages);
      long listDepth = Math.max(Math.max(membershipPages, specPages), Math.max(listPages, 1));
      for (int page = 1; page <= listDepth; page++) {
        long atLevel = 0;
        if (page == 1) {
          atLevel += 2; // profile, enrollments
        }
        atLevel += page <= membershipPages ? 1 : 0;
        atLevel += page <= specPages ? 1 : 0;
        atLevel += page <= listPages ? 1 : 0;
        if (page == membershipPages) {
          atLevel += 1; // openCourseMemberships.v1, independent of memberships.v1's pages
        }
        level(atLevel);
      }

      // Catalog: courses by ids= (on-demand in courses.v1, session-based in catalog.v1/courses and
      // courses.v1),
      // sessions of the v1 enrollments; specializations not linked with their memberships.
      SortedSet<CourseId> onDemand = new TreeSet<>();
      for (int i = 0; i < nMemberships; i++) {
        String c = text(memberships.get(i), "courseId");
        if (c != null) {
          onDemand.add(new CourseId(c));
        }
      }
      // Where the era lacks the v1 enrollments, no session-based course is known at all.
      ObjectNode v1 =
          era.withoutRoute(Resources.V1_ENROLLMENTS) ? Wire.object() : learner.v1Enrollments();
      SortedSet<CourseId> sessionBased = new TreeSet<>();
      SortedSet<SessionId> sessions = new TreeSet<>();
      for (JsonNode e : v1.path("enrollments")) {
        String c = text(e, "courseId");
        if (c != null) {
          sessionBased.add(CourseId.sessionBased(Long.parseLong(c)));
        }
        String s = text(e, "sessionId");
        if (s != null) {
          sessions.add(SessionId.parse(s));
        }
      }
      onDemand.removeIf(CourseId::isSessionBased);
      long catalog = 0;
      catalog += ask(Resources.COURSES, chunks(map(onDemand, CourseId::value)));
      // courses.v1 also holds session-based courses: asked for them beside catalog.v1/courses.
      catalog += ask(Resources.COURSES, chunks(map(sessionBased, CourseId::value)));
      catalog +=
          ask(
              Resources.CATALOG_COURSES,
              chunks(map(sessionBased, c -> Long.toString(c.catalogNumber()))));
      catalog += ask(Resources.CATALOG_SESSIONS, chunks(map(sessions, SessionId::toString)));
      SortedSet<String> specs = new TreeSet<>();
      Elements specMemberships = learner.elements(Resources.SPECIALIZATION_MEMBERSHIPS);
      for (int i = 0; i < Math.max(0, specMemberships.size()); i++) {
        String s = text(specMemberships.get(i), "s12nId");
        if (s != null && learner.elements(Resources.SPECIALIZATIONS).byId(s).isEmpty()) {
          specs.add(s);
        }
      }
      catalog += ask(Resources.SPECIALIZATIONS, chunks(specs));
      level(catalog);

      // Partners, instructors, categories of the courses found: they arrive linked with the
      // courses (and are cached by the adapter); only those that did not are asked.
      SortedSet<String> partners = new TreeSet<>();
      SortedSet<String> instructors = new TreeSet<>();
      SortedSet<String> categories = new TreeSet<>();
      SortedMap<CourseId, String> slugs = new TreeMap<>();
      for (CourseId c : onDemand) {
        Optional<ObjectNode> course = learner.elements(Resources.COURSES).byId(c.value());
        if (course.isEmpty()) {
          continue;
        }
        String slug = text(course.get(), "slug");
        slugs.put(c, slug == null ? "" : slug);
        for (String p : strings(course.get().path("partnerIds"))) {
          if (learner.elements(Resources.PARTNERS).byId(p).isEmpty()) {
            partners.add(p);
          }
        }
        for (String p : strings(course.get().path("instructorIds"))) {
          if (learner.elements(Resources.INSTRUCTORS).byId(p).isEmpty()) {
            instructors.add(p);
          }
        }
      }
      for (CourseId c : sessionBased) {
        Optional<ObjectNode> course =
            learner.elements(Resources.CATALOG_COURSES).byId(Long.toString(c.catalogNumber()));
        if (course.isEmpty()) {
          continue;
        }
        JsonNode links = course.get().path("links");
        for (String p : strings(links.path("universities"))) {
          if (learner.elements(Resources.CATALOG_UNIVERSITIES).byId(p).isEmpty()) {
            partners.add(p);
          }
        }
        for (String p : strings(links.path("instructors"))) {
          if (learner.elements(Resources.CATALOG_INSTRUCTORS).byId(p).isEmpty()) {
            instructors.add(p);
          }
        }
        for (String p : strings(links.path("categories"))) {
          if (learner.elements(Resources.CATALOG_CATEGORIES).byId(p).isEmpty()) {
            categories.add(p);
          }
        }
      }
      long unlinked = 0;
      unlinked += ask(Resources.PARTNERS, chunks(partners));
      unlinked += ask(Resources.CATALOG_UNIVERSITIES, chunks(numeric(partners)));
      unlinked += ask(Resources.INSTRUCTORS, chunks(instructors));
      unlinked += ask(Resources.CATALOG_INSTRUCTORS, chunks(numeric(instructors)));
      unlinked += ask(Resources.CATALOG_CATEGORIES, chunks(categories));
      if (unlinked > 0) {
        level(unlinked);
      }

      // Per on-demand course, family by family as the route table says (CourseraRoutes): the
      // first step whose routes the era serves answers every course; each step before it costs
      // one probe per route for the whole run, and a round trip.
      String user = Long.toString(learner.userId());
      boolean externalIdKnown = profileHasExternalId();
      List<List<CourseId>> calls =
          ExportLearningRecord.chunks(new ArrayList<>(onDemand), keysPerCall);
      long families = 0;
      int familyDepth = 0;
      int familyRetries = 0;
      int outlineDepth = 0;
      for (CourseraRoutes.FamilyRoutes f : CourseraRoutes.families()) {
        if (onDemand.isEmpty()) {
          break;
        }
        int probes = 1; // a route not yet seen answering is probed before the round fans out
        int chained = 0; // routes that wait for the answers of the route before them
        for (List<CourseraRoutes.Route> step : f.steps()) {
          boolean served = step.stream().noneMatch(r -> era.withoutRoute(r.resource()));
          if (!served) {
            for (CourseraRoutes.Route r : step) {
              families += ask(r.resource(), 1);
            }
            probes++;
            familyRetries = Math.max(familyRetries, retries);
            retries = 0;
            continue;
          }
          for (List<CourseId> call : calls) {
            CourseraRoutes.Route previous = null;
            for (CourseraRoutes.Route r : step) {
              families +=
                  add(r.resource(), requests(r, previous, call, user, slugs, externalIdKnown));
              previous = r;
            }
          }
          chained =
              (int) step.stream().filter(r -> r.shape() == CourseraRoutes.Shape.PER_FOUND).count();
          break;
        }
        // Each route costs its probe and then the rest; an outline-bound family waits for the
        // outline first, and a route that reads what the one before it found waits for it.
        int depth = probes + 1 + 2 * chained;
        if (f.family() == io.github.courseport.core.domain.CourseFamily.OUTLINE) {
          outlineDepth = depth;
        }
        if (f.family().needsOutline()) {
          depth += outlineDepth;
        }
        familyDepth = Math.max(familyDepth, depth - 1);
      }
      long total = perResource.values().stream().mapToLong(Long::longValue).sum();
      int depth = levels.size() + (families > 0 ? familyDepth + 1 : 0);
      // The GraphQL gateway's queries are POSTs: a batch carries GETs only.
      long unbatchable = perResource.getOrDefault(Resources.GATEWAY, 0L);
      if (families > 0) {
        // The families' probes go side by side, a round for each step a family tries; the
        // retries of a dead route's probe are rounds of their own.
        extraRounds += familyDepth + familyRetries;
      }
      return new RequestPlan(total, perResource, depth, families, levels, extraRounds, unbatchable);
    }

    /** The requests of one route for the courses of one port call, by how it asks them. */
    private long requests(
        CourseraRoutes.Route route,
        CourseraRoutes.@Nullable Route previous,
        List<CourseId> call,
        String user,
        SortedMap<CourseId, String> slugs,
        boolean externalIdKnown) {
      long withSlug = call.stream().filter(c -> !slugs.getOrDefault(c, "").isEmpty()).count();
      return switch (route.shape()) {
        case IDS_OF_OWN -> chunks(map(call, c -> NaptimeIds.composite(user, c.value())));
        case IDS_OF_COURSES -> chunks(map(call, CourseId::value));
        case ELEMENT_OF_OWN, FINDER_BY_COURSE -> call.size();
        case ELEMENT_BY_SLUG, FINDER_BY_SLUG -> withSlug;
        case FINDER_BY_EXTERNAL_IDS -> externalIdKnown ? call.size() : 0;
        case PER_ITEM -> sum(call, slugs, o -> o.items(route.kinds()).size());
        case PER_MODULE -> sum(call, slugs, o -> o.modules().size());
        case PER_FOUND -> previous == null ? 0 : sum(call, slugs, o -> found(previous, o));
        case FORUM_SEARCH -> 0; // opt-in: the bench does not search the forums
      };
    }

    /**
     * The lists a route reads of what the route before it found, in one course: the reviews of each
     * peer submission, the pages of answers in each discussion prompt's thread. A locked item finds
     * nothing (its route answers 403).
     */
    private long found(CourseraRoutes.Route previous, Outline o) {
      long n = 0;
      for (OutlineEntry i : o.items(previous.kinds())) {
        if (i.locked()) {
          continue;
        }
        String key = o.course() + "~" + i.id();
        if (previous.resource().equals(Resources.PEER_SUBMISSIONS)) {
          n +=
              learner
                  .work(Resources.PEER_SUBMISSIONS, key)
                  .map(b -> b.path("elements").size())
                  .orElse(0);
        } else if (previous.resource().equals(Resources.DISCUSSION_PROMPTS)) {
          Optional<ObjectNode> prompt = learner.work(Resources.DISCUSSION_PROMPTS, key);
          if (prompt.isPresent()) {
            String thread = text(prompt.get().path("elements").path(0), "courseForumQuestionId");
            int answers =
                thread == null
                    ? 0
                    : learner
                        .work(Resources.FORUM_ANSWERS, thread)
                        .map(b -> b.path("elements").size())
                        .orElse(0);
            n += pages(answers);
          }
        }
      }
      return n;
    }

    /** A count over the courses of a call whose outline the export finds (asked by slug). */
    private long sum(
        List<CourseId> call,
        SortedMap<CourseId, String> slugs,
        java.util.function.ToLongFunction<Outline> count) {
      long n = 0;
      for (CourseId c : call) {
        if (slugs.getOrDefault(c, "").isEmpty()) {
          continue;
        }
        Optional<ObjectNode> body = learner.courseBody(Resources.MATERIALS, c.value());
        if (body.isPresent()) {
          n += count.applyAsLong(Outline.of(c.value(), body.get()));
        }
      }
      return n;
    }

    private boolean profileHasExternalId() {
      if (era.withoutRoute(Resources.PROFILES)) {
        return false; // the profile is where the learner's external id comes from
      }
      Elements profiles = learner.elements(Resources.PROFILES);
      if (profiles.size() < 1) {
        return false;
      }
      String external = text(profiles.get(0), "externalId");
      return external != null && !external.isEmpty();
    }
  }

  private static <T> List<String> map(Collection<T> items, Function<T, String> f) {
    List<String> out = new ArrayList<>(items.size());
    items.forEach(i -> out.add(f.apply(i)));
    return out;
  }

  private static List<String> numeric(Collection<String> ids) {
    return ids.stream()
        .filter(id -> !id.isEmpty() && id.length() <= 18 && id.chars().allMatch(Character::isDigit))
        .toList();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static @org.jspecify.annotations.Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** An item of a course's outline as the planner needs it. */
  private record OutlineEntry(String id, ItemKind kind, boolean locked) {}

  /** What the work families ask of a course's outline: its items by kind and its modules. */
  private record Outline(String course, List<OutlineEntry> entries, List<String> modules) {
    static Outline of(String course, ObjectNode body) {
      List<OutlineEntry> entries = new ArrayList<>();
      for (JsonNode i : body.path("linked").path("onDemandCourseMaterialItems.v2")) {
        entries.add(
            new OutlineEntry(
                i.path("id").asText(),
                ItemKind.of(i.path("contentSummary").path("typeName").asText(null)),
                i.path("isLocked").asBoolean(false)));
      }
      List<String> modules = new ArrayList<>();
      body.path("elements").path(0).path("moduleIds").forEach(m -> modules.add(m.asText()));
      return new Outline(course, entries, modules);
    }

    List<OutlineEntry> items(java.util.Set<ItemKind> kinds) {
      return entries.stream().filter(e -> kinds.contains(e.kind())).toList();
    }
  }
}
