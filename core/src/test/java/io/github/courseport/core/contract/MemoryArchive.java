package io.github.courseport.core.contract;

import io.github.courseport.core.domain.CompletenessReport;
import io.github.courseport.core.domain.CourseCompleteness;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseRecord;
import io.github.courseport.core.domain.LearnerRecord;
import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.ArchivePort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An {@link ArchivePort} in memory, for tests: it keeps everything, counts what was given twice,
 * and can pretend that an earlier run finished some courses.
 */
public final class MemoryArchive implements ArchivePort {
  private final Map<CourseId, CourseCompleteness> finishedBefore;
  private final Map<CourseId, CourseRecord> courses = new ConcurrentSkipListMap<>();
  private final Set<SourceDocument> documents =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  private final List<SourceDocument> documentOrder =
      Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger duplicates = new AtomicInteger();
  private volatile @Nullable LearnerRecord learner;
  private volatile @Nullable CompletenessReport report;

  public MemoryArchive() {
    this(Map.of());
  }

  /** An archive in which an earlier run finished these courses. */
  public MemoryArchive(Map<CourseId, CourseCompleteness> finishedBefore) {
    this.finishedBefore = Map.copyOf(finishedBefore);
  }

  @Override
  public Map<CourseId, CourseCompleteness> finishedCourses() {
    return finishedBefore;
  }

  @Override
  public void acceptDocuments(List<SourceDocument> docs) {
    for (SourceDocument d : docs) {
      if (!documents.add(d)) {
        duplicates.incrementAndGet();
      }
      documentOrder.add(d);
    }
  }

  @Override
  public void acceptCourse(CourseRecord record) {
    if (courses.putIfAbsent(record.id(), record) != null
        || finishedBefore.containsKey(record.id())) {
      duplicates.incrementAndGet();
    }
  }

  @Override
  public synchronized void finish(LearnerRecord learner, CompletenessReport report) {
    if (this.learner != null) {
      duplicates.incrementAndGet();
    }
    this.learner = learner;
    this.report = report;
  }

  public Map<CourseId, CourseRecord> courses() {
    return Collections.unmodifiableMap(courses);
  }

  public List<SourceDocument> documents() {
    synchronized (documentOrder) {
      return List.copyOf(documentOrder);
    }
  }

  /** How many times something was given that had been given already. */
  public int duplicates() {
    return duplicates.get();
  }

  public @Nullable LearnerRecord learner() {
    return learner;
  }

  public @Nullable CompletenessReport report() {
    return report;
  }

  /** Completeness of every course, as a resumed run would be told. */
  public Map<CourseId, CourseCompleteness> completeness() {
    Map<CourseId, CourseCompleteness> out = new ConcurrentHashMap<>();
    courses.forEach((id, r) -> out.put(id, r.completeness()));
    return out;
  }
}
