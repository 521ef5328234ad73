package io.github.courseport.core.export;

import io.github.courseport.core.domain.Category;
import io.github.courseport.core.domain.CategoryId;
import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.Course;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseFamily;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseList;
import io.github.courseport.core.domain.CourseOutline;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.CourseSummary;
import io.github.courseport.core.domain.Enrollment;
import io.github.courseport.core.domain.ExternalUserId;
import io.github.courseport.core.domain.FamilyOutcomes;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.InstructorId;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.Outcome;
import io.github.courseport.core.domain.Partner;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.domain.SourceRef;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.SpecializationId;
import io.github.courseport.core.domain.SpecializationMembership;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.AuthenticationException;
import io.github.courseport.core.error.CourseportException;
import io.github.courseport.core.error.ExportInterruptedException;
import io.github.courseport.core.port.ArchivePort;
import io.github.courseport.core.port.CourseRef;
import io.github.courseport.core.port.FamilyRequest;
import io.github.courseport.core.port.Fetched;
import io.github.courseport.core.port.Identity;
import io.github.courseport.core.port.KeyedResult;
import io.github.courseport.core.port.SourcePorts;
import io.github.courseport.core.port.V1Enrollments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The export use case: discovers the learner, lists everything, looks up the catalog in bulk, fans
 * out per course with at most {@code concurrency} port calls in flight, and hands every raw
 * document and every finished course record to the archive as soon as it has it.
 *
 * <p>A failure of one family or course never loses the others: it becomes a gap in the completeness
 * report. Only a session that is really gone (checked with a fresh identity call) stops the export.
 * Courses that an earlier run finished are skipped, so an interrupted export can resume.
 */
public final class ExportLearningRecord {
  private final SourcePorts source;
  private final ArchivePort archive;
  private final Executor executor;
  private final Semaphore permits;
  private final ExportListener listener;
  private final ExportScope scope;
  private final CompletenessReport.Builder report = CompletenessReport.builder();
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();

  /**
   * The second half of course chunks waiting to be asked: the families that need the outline, ready
   * once a chunk's outlines arrived. Only the thread that runs the export takes permits (so a call
   * finishing on the executor never waits for one): it runs these between chunks, and after the
   * last chunk until none is left.
   */
  private final BlockingQueue<Runnable> outlineBound = new LinkedBlockingQueue<>();

  private final AtomicInteger outlineBoundPending = new AtomicInteger();

  /** The outline-bound halves not yet asked: an interruption ends them, unasked. */
  private final Map<Integer, CompletableFuture<?>> outlineBoundWaiting = new ConcurrentHashMap<>();

  private final AtomicInteger chunkNumbers = new AtomicInteger();

  /**
   * Creates the use case for one export.
   *
   * @param executor runs port calls, which block; it should have a thread for each call in flight
   *     ({@link SourcePorts#callsInFlight(int)}), or simply grow as needed
   * @param concurrency at most this many port calls in flight (and so keys in memory), unless the
   *     source asks for more ({@link SourcePorts#callsInFlight()}) because it bounds its own round
   *     trips
   */
  public ExportLearningRecord(
      SourcePorts source,
      ArchivePort archive,
      Executor executor,
      int concurrency,
      ExportListener listener) {
    this(source, archive, executor, concurrency, listener, ExportScope.DEFAULT);
  }

  /**
   * Creates the use case for one export of a given scope.
   *
   * @param scope whether the learner's own work is asked, and whether the whole course forums are
   *     searched
   */
  public ExportLearningRecord(
      SourcePorts source,
      ArchivePort archive,
      Executor executor,
      int concurrency,
      ExportListener listener,
      ExportScope scope) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.source = source;
    this.archive = archive;
    this.executor = executor;
    this.permits = new Semaphore(source.callsInFlight(concurrency));
    this.listener = listener;
    this.scope = scope;
  }

  /**
   * Runs the export to its end.
   *
   * @throws AuthenticationException when the session is rejected
   * @throws ExportInterruptedException when the thread is interrupted; finished courses are kept
   * @throws CourseportException when the learner cannot even be identified
   */
  public ExportResult run() {
    listener.phase("identifying the session");
    Fetched<Identity> who = source.identity().whoAmI();
    accept(who.documents());
    Identity identity =
        who.outcome()
            .found()
            .orElseThrow(
                () ->
                    new CourseportException(
                        "Could not find out whose session this is: "
                            + describe(who.outcome())
                            + ". Nothing was exported.",
                        who.outcome().status() == Outcome.Status.FAILED));
    report.add("identity", "", who.outcome()).transport("identity", source.name());
    UserId user = identity.userId();

    listener.phase("listing memberships, enrollments and specializations");
    CompletableFuture<Fetched<LearnerProfile>> profile =
        call(() -> source.identity().profile(user), ExportLearningRecord::failedFetch);
    CompletableFuture<Fetched<List<Membership>>> memberships =
        call(() -> source.lists().memberships(user), ExportLearningRecord::failedFetch);
    CompletableFuture<Fetched<V1Enrollments>> enrollments =
        call(() -> source.lists().enrollments(user), ExportLearningRecord::failedFetch);
    CompletableFuture<Fetched<List<SpecializationMembership>>> specMemberships =
        call(
            () -> source.lists().specializationMemberships(user),
            ExportLearningRecord::failedFetch);
    CompletableFuture<Fetched<List<CourseList>>> courseLists =
        call(() -> source.lists().courseLists(user), ExportLearningRecord::failedFetch);

    Outcome<LearnerProfile> profileOutcome = settle("profile", profile);
    Outcome<List<Membership>> membershipsOutcome = settle("memberships", memberships);
    Outcome<V1Enrollments> enrollmentsOutcome = settle("enrollments", enrollments);
    Outcome<List<SpecializationMembership>> specOutcome =
        settle("specializationMemberships", specMemberships);
    Outcome<List<CourseList>> listsOutcome = settle("courseLists", courseLists);
    checkFatal();

    // Whatever arrived counts, a list that broke part way included: its pages name courses too.
    List<Membership> allMemberships = membershipsOutcome.received().orElse(List.of());
    V1Enrollments v1 =
        enrollmentsOutcome.received().orElse(new V1Enrollments(List.of(), List.of()));
    CourseSet listed = new CourseSet();
    listed.memberships(allMemberships, membershipsOutcome, "memberships");
    listed.named(
        v1.enrollments().stream().map(Enrollment::courseId).toList(),
        enrollmentsOutcome,
        "enrollments",
        true);
    for (CourseList list : listsOutcome.received().orElse(List.of())) {
      listed.named(list.courseIds(), listsOutcome, "courseLists", false);
    }
    Set<SpecializationId> specIds = new TreeSet<>();
    Set<SpecializationId> joinedSpecs = new TreeSet<>();
    for (SpecializationMembership m : specOutcome.received().orElse(List.of())) {
      specIds.add(m.specializationId());
      if (m.joined()) {
        joinedSpecs.add(m.specializationId());
      }
    }
    Set<SessionId> sessionIds = new TreeSet<>();
    v1.enrollments().forEach(e -> addIfPresent(sessionIds, e.sessionId()));

    Set<CourseId> firstIds = listed.ids();
    listener.phase("looking up " + firstIds.size() + " courses in the catalog");
    var coursesFuture = call(() -> source.catalog().courses(firstIds), failedKeyed(firstIds));
    var specsFuture = call(() -> source.catalog().specializations(specIds), failedKeyed(specIds));
    KeyedResult<CourseId, Course> courses = settleKeyed("courses", coursesFuture);
    checkFatal();
    // The courses of the specializations the learner joined are theirs too; those no list named
    // are looked up now (nothing more is asked when the lists named them all). A specialization
    // the learner left or only looked at (NOT_ENROLLED) is kept in the record, its courses are not.
    KeyedResult<SpecializationId, Specialization> joined = join(specsFuture);
    List<CourseId> fromSpecs = new ArrayList<>();
    joined
        .outcomes()
        .forEach(
            (sid, o) ->
                o.found()
                    .filter(spec -> joinedSpecs.contains(sid))
                    .ifPresent(
                        spec -> {
                          for (CourseId c : spec.courseIds()) {
                            if (!listed.contains(c)) {
                              fromSpecs.add(c);
                            }
                          }
                          listed.inSpecialization(spec.courseIds(), "specialization " + sid);
                        }));
    if (!fromSpecs.isEmpty()) {
      Set<CourseId> more = new TreeSet<>(fromSpecs);
      KeyedResult<CourseId, Course> extra =
          acceptKeyed(
              "courses", join(call(() -> source.catalog().courses(more), failedKeyed(more))));
      checkFatal();
      Map<CourseId, Outcome<Course>> both = new TreeMap<>(courses.outcomes());
      both.putAll(extra.outcomes());
      courses = new KeyedResult<>(both, List.of(), courses.transport());
    }
    Set<CourseId> courseIds = listed.ids();

    Map<CourseId, Outcome<Course>> courseOutcomes =
        namedGaps(listed, withEnrollmentFallback(courses, v1, enrollmentsOutcome));
    Set<PartnerId> partnerIds = new TreeSet<>();
    Set<InstructorId> instructorIds = new TreeSet<>();
    Set<CategoryId> categoryIds = new TreeSet<>();
    courseOutcomes
        .values()
        .forEach(
            o ->
                o.received()
                    .ifPresent(
                        c -> {
                          partnerIds.addAll(c.partnerIds());
                          instructorIds.addAll(c.instructorIds());
                          if (c instanceof SessionCourse s) {
                            categoryIds.addAll(s.categoryIds());
                          }
                        }));
    // Sessions only after courses: adapters may cache the sessions that arrive linked with v1
    // courses, and asking at the same time would make the cited document depend on timing.
    var sessionsFuture = call(() -> source.catalog().sessions(sessionIds), failedKeyed(sessionIds));
    var partnersFuture = call(() -> source.catalog().partners(partnerIds), failedKeyed(partnerIds));
    var instructorsFuture =
        call(() -> source.catalog().instructors(instructorIds), failedKeyed(instructorIds));
    var categoriesFuture =
        call(() -> source.catalog().categories(categoryIds), failedKeyed(categoryIds));
    CompletableFuture<CatalogContext> catalogContext =
        CompletableFuture.allOf(partnersFuture, instructorsFuture, sessionsFuture)
            .thenApply(
                ignored ->
                    CatalogContext.of(
                        acceptKeyed("partners", partnersFuture.join()),
                        acceptKeyed("instructors", instructorsFuture.join()),
                        acceptKeyed("sessions", sessionsFuture.join()),
                        acceptKeyed("specializations", joined),
                        allMemberships,
                        v1.enrollments()));

    Map<CourseId, CourseCompleteness> finished = archive.finishedCourses();
    List<CourseId> pending = new ArrayList<>();
    for (CourseId id : courseIds) {
      CourseCompleteness done = finished.get(id);
      if (done != null) {
        report.addCourse(done);
      } else {
        pending.add(id);
      }
    }
    int total = courseIds.size();
    listener.coursesPlanned(total, total - pending.size());
    listener.phase("fetching " + pending.size() + " courses");
    AtomicInteger done = new AtomicInteger(total - pending.size());
    Set<ExternalUserId> externalIds = new HashSet<>();
    addIfPresent(externalIds, identity.externalId());
    profileOutcome.found().ifPresent(p -> addIfPresent(externalIds, p.externalId()));

    for (CourseFamily<?> family : CourseFamily.all()) {
      if (!scope.asks(family)) {
        report.notAsked(family.name(), scope.notAskedWhy());
      }
    }
    List<CompletableFuture<Void>> chunks = new ArrayList<>();
    List<CourseRef> onDemand = new ArrayList<>();
    try {
      for (CourseId id : pending) {
        Outcome<Course> course = courseOutcomes.getOrDefault(id, Outcome.failed("not looked up"));
        if (id.isSessionBased() || !listed.member(id)) {
          // Session-based courses have no per-course families; a course the learner only saved
          // in a list or meets in a specialization has no progress or grades of theirs.
          chunks.add(
              catalogContext.thenAccept(
                  ctx -> finishCourse(ctx, id, course, FamilyOutcomes.none(), done, total)));
        } else {
          onDemand.add(new CourseRef(id, course.received().map(Course::slug).orElse("")));
        }
        checkInterrupted();
      }
      for (List<CourseRef> chunk : chunks(onDemand, source.keysPerCall())) {
        // The outline-bound halves of earlier chunks first: their courses finish, and memory stays
        // bounded by the calls in flight.
        runReadyOutlineBound();
        chunks.add(
            fetchChunk(user, chunk, externalIds, courseOutcomes, catalogContext, done, total));
        checkInterrupted();
      }
      while (outlineBoundPending.get() > 0) {
        takeOutlineBound().run();
        checkInterrupted();
      }
      awaitAll(chunks);
    } catch (ExportInterruptedException e) {
      // Courses still waiting for their outline-bound half are left unfinished (a resumed export
      // asks them again), not written without it.
      outlineBound.clear();
      outlineBoundWaiting.values().forEach(f -> f.completeExceptionally(e));
      drain(chunks);
      throw e;
    }
    checkFatal();

    listener.phase("writing the learner record");
    CatalogContext ctx = catalogContext.join();
    KeyedResult<CategoryId, Category> categories =
        acceptKeyed("categories", join(categoriesFuture));
    List<CourseSummary> summaries = new ArrayList<>();
    for (CourseId id : courseIds) {
      Outcome<Course> c = courseOutcomes.getOrDefault(id, Outcome.failed("not looked up"));
      summaries.add(
          new CourseSummary(
              id,
              id.isSessionBased() ? "v1.session" : "v2.ondemand",
              c.received().map(Course::slug).orElse(null),
              c.received().map(Course::name).orElse(null),
              listed.listedBy(id),
              listed.member(id)));
    }
    SortedMap<SpecializationId, Outcome<Specialization>> specs = new TreeMap<>();
    specIds.forEach(id -> specs.put(id, ctx.specializations.outcome(id)));
    specs.forEach((id, o) -> report.add("specializations", id.value(), o));
    SortedMap<CategoryId, Outcome<Category>> cats = new TreeMap<>();
    categoryIds.forEach(id -> cats.put(id, categories.outcome(id)));
    cats.forEach((id, o) -> report.add("categories", id.value(), o));
    LearnerRecord learner =
        new LearnerRecord(
            user,
            identity.discoveredBy(),
            profileOutcome,
            membershipsOutcome,
            enrollmentsOutcome.map(V1Enrollments::enrollments),
            specOutcome,
            listsOutcome,
            specs,
            cats,
            summaries,
            CourseSet.disagreements(membershipsOutcome));
    CompletenessReport finalReport = report.build();
    archive.finish(learner, finalReport);
    return new ExportResult(user, finalReport, total, pending.size(), total - pending.size());
  }

  /**
   * How the export divides courses into family calls of {@code perCall}: in order, the short chunk
   * (the remainder) first. Its calls then travel while many others are queued, so a source that
   * packs calls together (batch) fills its round trips with them instead of sending them half empty
   * at the end. Public so that request models (the benchmark's) divide the same way.
   */
  public static <T> List<List<T>> chunks(List<T> items, int perCall) {
    if (perCall < 1) {
      throw new IllegalArgumentException("perCall must be at least 1");
    }
    List<List<T>> out = new ArrayList<>();
    int first = items.size() % perCall;
    int from = 0;
    if (first > 0) {
      out.add(List.copyOf(items.subList(0, first)));
      from = first;
    }
    for (; from < items.size(); from += perCall) {
      out.add(List.copyOf(items.subList(from, from + perCall)));
    }
    return out;
  }

  /** Catalog answers every course record draws on, settled before any record is assembled. */
  private record CatalogContext(
      KeyedResult<PartnerId, Partner> partners,
      KeyedResult<InstructorId, Instructor> instructors,
      KeyedResult<SessionId, Session> sessions,
      KeyedResult<SpecializationId, Specialization> specializations,
      Map<CourseId, List<Membership>> memberships,
      Map<CourseId, List<Enrollment>> enrollments,
      Map<CourseId, SortedSet<SpecializationId>> specializationsOf) {
    /** Indexes the lists by course once, so that no course record costs a scan. */
    static CatalogContext of(
        KeyedResult<PartnerId, Partner> partners,
        KeyedResult<InstructorId, Instructor> instructors,
        KeyedResult<SessionId, Session> sessions,
        KeyedResult<SpecializationId, Specialization> specializations,
        List<Membership> memberships,
        List<Enrollment> enrollments) {
      Map<CourseId, List<Membership>> m = new HashMap<>();
      memberships.forEach(x -> m.computeIfAbsent(x.courseId(), k -> new ArrayList<>()).add(x));
      Map<CourseId, List<Enrollment>> e = new HashMap<>();
      enrollments.forEach(x -> e.computeIfAbsent(x.courseId(), k -> new ArrayList<>()).add(x));
      Map<CourseId, SortedSet<SpecializationId>> s = new HashMap<>();
      specializations
          .outcomes()
          .forEach(
              (sid, o) ->
                  o.found()
                      .ifPresent(
                          spec ->
                              spec.courseIds()
                                  .forEach(
                                      c -> s.computeIfAbsent(c, k -> new TreeSet<>()).add(sid))));
      return new CatalogContext(partners, instructors, sessions, specializations, m, e, s);
    }
  }

  /**
   * Asks every family for a chunk of courses, in two halves: the families that need no outline (the
   * outline among them) at once; then, with the outlines found, the families asked item by item of
   * the outline. A course without an outline has those families as a gap that says why. Each course
   * record is finished when both halves are in.
   */
  private CompletableFuture<Void> fetchChunk(
      UserId user,
      List<CourseRef> refs,
      Set<ExternalUserId> externalIds,
      Map<CourseId, Outcome<Course>> courses,
      CompletableFuture<CatalogContext> catalog,
      AtomicInteger done,
      int total) {
    FamilyRequest request = new FamilyRequest(user, refs, externalIds);
    List<CourseId> keys = refs.stream().map(CourseRef::id).toList();
    Map<CourseFamily<?>, CompletableFuture<? extends KeyedResult<CourseId, ?>>> calls =
        new TreeMap<>();
    List<CourseFamily<?>> outlineBoundFamilies = new ArrayList<>();
    for (CourseFamily<?> family : CourseFamily.all()) {
      if (!scope.asks(family)) {
        continue;
      }
      if (family.needsOutline()) {
        outlineBoundFamilies.add(family);
      } else {
        calls.put(family, callFamily(family, request, keys));
      }
    }
    CompletableFuture<Map<CourseFamily<?>, CompletableFuture<? extends KeyedResult<CourseId, ?>>>>
        second = new CompletableFuture<>();
    CompletableFuture<? extends KeyedResult<CourseId, ?>> outlineCall =
        calls.get(CourseFamily.OUTLINE);
    if (outlineBoundFamilies.isEmpty() || outlineCall == null) {
      second.complete(Map.of());
    } else {
      outlineBoundPending.incrementAndGet();
      int number = chunkNumbers.incrementAndGet();
      outlineBoundWaiting.put(number, second);
      var unused =
          outlineCall.whenComplete(
              (outlines, failure) ->
                  outlineBound.add(
                      () ->
                          askOutlineBound(
                              number,
                              user,
                              refs,
                              externalIds,
                              outlines,
                              outlineBoundFamilies,
                              second)));
    }
    CompletableFuture<Map<CourseFamily<?>, CompletableFuture<? extends KeyedResult<CourseId, ?>>>>
        secondDone =
            second.thenCompose(
                m ->
                    CompletableFuture.allOf(m.values().toArray(CompletableFuture[]::new))
                        .thenApply(ignored -> m));
    return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
        .thenCombine(secondDone, (ignored, outlineBoundCalls) -> outlineBoundCalls)
        .thenCombine(catalog, Map::entry)
        .thenAccept(
            both -> {
              CatalogContext ctx = both.getValue();
              Map<CourseFamily<?>, KeyedResult<CourseId, ?>> results = new TreeMap<>();
              calls.forEach((f, c) -> results.put(f, acceptFamily(f, c.join())));
              both.getKey().forEach((f, c) -> results.put(f, acceptFamily(f, c.join())));
              for (CourseId id : keys) {
                FamilyOutcomes.Builder families = FamilyOutcomes.builder();
                results.forEach((f, r) -> families.putAll(Map.of(f, r.outcome(id))));
                finishCourse(
                    ctx,
                    id,
                    courses.getOrDefault(id, Outcome.failed("not looked up")),
                    families.build(),
                    done,
                    total);
              }
            });
  }

  /**
   * Asks the families that need the outline for the courses of a chunk that have one, with their
   * outlines; runs on the export's own thread (it takes permits). The others get a gap that says
   * why they were not asked.
   */
  private void askOutlineBound(
      int number,
      UserId user,
      List<CourseRef> refs,
      Set<ExternalUserId> externalIds,
      @org.jspecify.annotations.Nullable KeyedResult<CourseId, ?> outlines,
      List<CourseFamily<?>> families,
      CompletableFuture<Map<CourseFamily<?>, CompletableFuture<? extends KeyedResult<CourseId, ?>>>>
          into) {
    outlineBoundWaiting.remove(number);
    try {
      Map<CourseId, CourseOutline> found = new HashMap<>();
      Map<CourseId, Outcome<?>> notAsked = new TreeMap<>();
      List<CourseRef> withOutline = new ArrayList<>();
      for (CourseRef ref : refs) {
        Outcome<?> o =
            outlines == null
                ? Outcome.failed("the outline call ended without an answer")
                : outlines.outcome(ref.id());
        if (o.found().isPresent()) {
          found.put(ref.id(), CourseFamily.OUTLINE.cast(o.found().get()));
          withOutline.add(ref);
        } else {
          notAsked.put(ref.id(), withoutOutline(o));
        }
      }
      FamilyRequest request =
          new FamilyRequest(user, withOutline, externalIds, found, scope.forumRequestsPerCourse());
      List<CourseId> keys = withOutline.stream().map(CourseRef::id).toList();
      Map<CourseFamily<?>, CompletableFuture<? extends KeyedResult<CourseId, ?>>> calls =
          new TreeMap<>();
      for (CourseFamily<?> family : families) {
        calls.put(family, outlineBoundCall(family, request, keys, notAsked));
      }
      into.complete(calls);
    } catch (RuntimeException e) {
      into.completeExceptionally(e);
      throw e;
    } finally {
      outlineBoundPending.decrementAndGet();
    }
  }

  private <V> CompletableFuture<KeyedResult<CourseId, V>> outlineBoundCall(
      CourseFamily<V> family,
      FamilyRequest request,
      List<CourseId> keys,
      Map<CourseId, Outcome<?>> notAsked) {
    CompletableFuture<KeyedResult<CourseId, V>> asked =
        keys.isEmpty()
            ? CompletableFuture.completedFuture(
                new KeyedResult<CourseId, V>(new TreeMap<>(), List.of(), "none"))
            : callFamily(family, request, keys);
    if (notAsked.isEmpty()) {
      return asked;
    }
    return asked.thenApply(
        r -> {
          Map<CourseId, Outcome<V>> all = new TreeMap<>(r.outcomes());
          notAsked.forEach((id, gap) -> all.put(id, gap.retype()));
          return new KeyedResult<>(all, r.documents(), r.transport());
        });
  }

  /**
   * The gap of the outline-bound families of a course without an outline, saying why they were not
   * asked: failed when the outline failed (a later run may get it), unavailable otherwise.
   */
  private static Outcome<?> withoutOutline(Outcome<?> outline) {
    String reason = outline.reason();
    String why =
        "not asked: the learner's work is asked item by item of the course's outline, and the"
            + " outline is "
            + outline.status().name().toLowerCase(java.util.Locale.ROOT)
            + (reason.isEmpty() ? "" : ": " + reason);
    return switch (outline.status()) {
      case FAILED -> Outcome.failed(why);
      // An outline the source does not serve (a plug-in without one, a route Coursera retired):
      // the work it would have led to is not served either, and that is no gap.
      case NOT_CARRIED -> Outcome.notCarried(why);
      default -> Outcome.unavailable(why);
    };
  }

  private Runnable takeOutlineBound() {
    try {
      return outlineBound.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted();
    }
  }

  /** Asks the outline-bound halves whose outlines have arrived, without waiting for others. */
  private void runReadyOutlineBound() {
    for (Runnable r; (r = outlineBound.poll()) != null; ) {
      r.run();
    }
  }

  private <V> CompletableFuture<KeyedResult<CourseId, V>> callFamily(
      CourseFamily<V> family, FamilyRequest request, List<CourseId> keys) {
    return call(() -> source.family(family).fetch(request), failedKeyed(keys));
  }

  private KeyedResult<CourseId, ?> acceptFamily(
      CourseFamily<?> family, KeyedResult<CourseId, ?> r) {
    accept(r.documents());
    report.transport(family.name(), r.transport());
    return r;
  }

  private void finishCourse(
      CatalogContext ctx,
      CourseId id,
      Outcome<Course> course,
      FamilyOutcomes families,
      AtomicInteger done,
      int total) {
    SortedMap<PartnerId, Outcome<Partner>> partners = new TreeMap<>();
    SortedMap<InstructorId, Outcome<Instructor>> instructors = new TreeMap<>();
    course
        .received()
        .ifPresent(
            c -> {
              c.partnerIds().forEach(p -> partners.put(p, ctx.partners.outcome(p)));
              c.instructorIds().forEach(i -> instructors.put(i, ctx.instructors.outcome(i)));
            });
    List<Enrollment> enrollments = ctx.enrollments.getOrDefault(id, List.of());
    SortedMap<SessionId, Outcome<Session>> sessions = new TreeMap<>();
    enrollments.forEach(
        e -> {
          SessionId s = e.sessionId();
          if (s != null) {
            sessions.put(s, ctx.sessions.outcome(s));
          }
        });
    SortedSet<SpecializationId> specs = ctx.specializationsOf.getOrDefault(id, new TreeSet<>());
    CourseRecord record =
        new CourseRecord(
            id,
            course,
            ctx.memberships.getOrDefault(id, List.of()),
            enrollments,
            sessions,
            partners,
            instructors,
            specs,
            families);
    archive.acceptCourse(record);
    report.addCourse(record.completeness());
    listener.courseFinished(id, done.incrementAndGet(), total);
  }

  /**
   * Every course the learner is a member of (a membership or an enrollment names it) that no
   * catalog knows, as a gap that says so: its absence is data lost, not "nothing there". A course
   * only saved in a list or held by a specialization may stay absent; its summary still names it.
   */
  private static Map<CourseId, Outcome<Course>> namedGaps(
      CourseSet listed, Map<CourseId, Outcome<Course>> outcomes) {
    Map<CourseId, Outcome<Course>> out = new TreeMap<>(outcomes);
    for (CourseId id : listed.ids()) {
      Outcome<Course> o = out.get(id);
      if (listed.member(id) && (o == null || o.status() == Outcome.Status.ABSENT)) {
        out.put(
            id,
            Outcome.unavailable(
                "course "
                    + id
                    + " is listed by "
                    + String.join(", ", listed.listedBy(id))
                    + " but no catalog knows it",
                o == null ? new SourceRef[0] : o.sources().toArray(SourceRef[]::new)));
      }
    }
    return out;
  }

  /**
   * The course outcomes, where a session-based course that the v1 catalog could not give is taken
   * from the enrollments answer, which carries the same catalog entry.
   */
  private Map<CourseId, Outcome<Course>> withEnrollmentFallback(
      KeyedResult<CourseId, Course> courses, V1Enrollments v1, Outcome<V1Enrollments> answer) {
    Map<CourseId, Outcome<Course>> out = new TreeMap<>(courses.outcomes());
    for (SessionCourse c : v1.courses()) {
      Outcome<Course> current = out.get(c.id());
      if (current == null || current.status() != Outcome.Status.FOUND) {
        out.put(c.id(), new Outcome.Found<>(c, answer.sources()));
      }
    }
    return out;
  }

  // ---- calling ports with bounded concurrency ----

  private <T> CompletableFuture<T> call(
      Supplier<T> portCall, java.util.function.Function<String, T> onFailure) {
    checkInterrupted();
    if (fatal.get() != null) {
      return CompletableFuture.completedFuture(onFailure.apply("the export was stopped"));
    }
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted();
    }
    CompletableFuture<T> future = new CompletableFuture<>();
    try {
      executor.execute(
          () -> {
            try {
              future.complete(guard(portCall, onFailure));
            } catch (Throwable t) {
              future.completeExceptionally(t);
            } finally {
              permits.release();
            }
          });
    } catch (RuntimeException rejected) {
      permits.release();
      future.complete(onFailure.apply("could not be scheduled: " + rejected));
    }
    return future;
  }

  private <T> T guard(Supplier<T> portCall, java.util.function.Function<String, T> onFailure) {
    if (fatal.get() != null) {
      return onFailure.apply("the export was stopped");
    }
    try {
      return portCall.get();
    } catch (AuthenticationException e) {
      return onFailure.apply(afterAuthenticationFailure(e));
    } catch (CourseportException e) {
      return onFailure.apply(e.userMessage());
    } catch (RuntimeException e) {
      return onFailure.apply("unexpected error in the source: " + e.getClass().getSimpleName());
    }
  }

  /**
   * A 401 on one request is not proof that the session is gone: ask who we are again. If that fails
   * too, the export stops; otherwise the one request is recorded as failed.
   */
  private String afterAuthenticationFailure(AuthenticationException e) {
    try {
      Fetched<Identity> again = source.identity().whoAmI();
      if (again.outcome().status() == Outcome.Status.FOUND) {
        return "the server refused this request (401) although the session is still valid";
      }
    } catch (AuthenticationException stillRefused) {
      fatal.compareAndSet(null, stillRefused);
      return "the session expired during the export";
    } catch (RuntimeException other) {
      // fall through: the session could not be checked, so treat the 401 as real.
    }
    fatal.compareAndSet(null, e);
    return "the session expired during the export";
  }

  private static <T> Fetched<T> failedFetch(String reason) {
    return Fetched.of(Outcome.failed(reason));
  }

  private static <K extends Comparable<? super K>, V>
      java.util.function.Function<String, KeyedResult<K, V>> failedKeyed(
          java.util.Collection<K> keys) {
    List<K> copy = List.copyOf(keys);
    return reason -> KeyedResult.uniform(copy, Outcome.failed(reason), List.of(), "none");
  }

  private <T> Outcome<T> settle(String family, CompletableFuture<Fetched<T>> future) {
    Fetched<T> fetched = join(future);
    accept(fetched.documents());
    report.add(family, "", fetched.outcome()).transport(family, source.name());
    return fetched.outcome();
  }

  private <K extends Comparable<? super K>, V> KeyedResult<K, V> settleKeyed(
      String family, CompletableFuture<KeyedResult<K, V>> future) {
    return acceptKeyed(family, join(future));
  }

  private <K extends Comparable<? super K>, V> KeyedResult<K, V> acceptKeyed(
      String family, KeyedResult<K, V> result) {
    accept(result.documents());
    report.transport(family, result.transport());
    return result;
  }

  private void accept(List<SourceDocument> documents) {
    if (!documents.isEmpty()) {
      archive.acceptDocuments(documents);
    }
  }

  private <T> T join(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted();
    } catch (java.util.concurrent.ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  private void awaitAll(List<CompletableFuture<Void>> futures) {
    join(CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)));
  }

  /** After an interruption, lets the calls in flight finish so no record is half written. */
  private void drain(List<CompletableFuture<Void>> futures) {
    for (CompletableFuture<Void> f : futures) {
      try {
        f.join();
      } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
        // the failure was recorded where it happened
      }
    }
  }

  private static RuntimeException rethrow(@org.jspecify.annotations.Nullable Throwable t) {
    if (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(t);
  }

  private void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw interrupted();
    }
  }

  private void checkFatal() {
    RuntimeException f = fatal.get();
    if (f != null) {
      throw f;
    }
  }

  private static ExportInterruptedException interrupted() {
    return new ExportInterruptedException(
        "The export was interrupted. Finished courses are kept; run the same command with"
            + " --resume to continue.");
  }

  private static String describe(Outcome<?> outcome) {
    String reason = outcome.reason();
    return outcome.status().name().toLowerCase(java.util.Locale.ROOT)
        + (reason.isEmpty() ? "" : " (" + reason + ")");
  }

  private static <T> void addIfPresent(Set<T> set, @org.jspecify.annotations.Nullable T value) {
    if (value != null) {
      set.add(value);
    }
  }
}
