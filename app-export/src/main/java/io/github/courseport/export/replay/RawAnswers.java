package io.github.courseport.export.replay;

import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.RecordedAnswers;
import io.github.courseport.export.archive.BagLayout;
import io.github.courseport.export.archive.BagReader;
import io.github.courseport.export.archive.RawIndexLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The raw answers of an archive ({@code data/raw/index.jsonl} and the files it names), indexed by
 * the request that got them: resource and request line (path and query, as the writer stored them).
 * Only the index is held in memory, as 128 bits per request and a small entry per answer; bodies
 * are read from the archive when a request asks for them, and checked against the SHA-256 the index
 * gives.
 */
public final class RawAnswers {
  private static final Pattern RAW_FILE = Pattern.compile("data/raw/[0-9]{6,12}\\.json");

  /** What one index line says about one stored answer (the body stays in the archive). */
  record Entry(
      String file,
      String resource,
      String method,
      String request,
      int status,
      Instant fetchedAt,
      String transport,
      String contentType,
      String sha256) {}

  private final BagReader bag;
  private final Map<Key, Object> byRequest = new HashMap<>();
  private final Map<String, List<Entry>> notAnswered = new HashMap<>();
  private final Set<String> resources = new HashSet<>();
  private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
  private int entries;

  private RawAnswers(BagReader bag) {
    this.bag = bag;
  }

  /**
   * Reads the index of a bag's raw answers, line by line. A line that cannot be read or names a
   * file outside {@code data/raw/} is skipped and said in {@link #skipped()}.
   *
   * @throws IOException when the bag has no raw index at all
   */
  public static RawAnswers read(BagReader bag) throws IOException {
    RawAnswers answers = new RawAnswers(bag);
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(bag.open(BagLayout.RAW_INDEX), StandardCharsets.UTF_8),
            1 << 16)) {
      int number = 0;
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        if (!line.isBlank()) {
          answers.add(number, line);
        }
      }
    }
    return answers;
  }

  private void add(int number, String line) {
    Entry e;
    try {
      RawIndexLine j = RawIndexLine.parse(line);
      if (!RAW_FILE.matcher(j.file()).matches()) {
        skipped.add("raw index line " + number + " names no raw file of this archive");
        return;
      }
      // Strings that repeat across thousands of lines are kept once.
      e =
          new Entry(
              j.file(),
              j.resource().intern(),
              j.method().intern(),
              j.request(),
              j.status(),
              j.fetchedAt(),
              j.transport().intern(),
              j.contentType() == null ? "" : j.contentType().intern(),
              j.sha256());
    } catch (IOException ex) {
      skipped.add("raw index line " + number + " cannot be read");
      return;
    }
    resources.add(e.resource());
    boolean page =
        e.status() >= 200
            && e.status() < 300
            && !e.contentType().toLowerCase(Locale.ROOT).contains("json");
    if (page || (e.status() >= 300 && e.status() < 500) || e.status() == 501) {
      notAnswered.computeIfAbsent(e.resource(), r -> new ArrayList<>()).add(e);
    }
    Key key = Key.of(e.resource(), e.request());
    Object before = byRequest.get(key);
    if (before == null) {
      byRequest.put(key, e);
    } else if (before instanceof Entry first) {
      List<Entry> both = new ArrayList<>(2);
      both.add(first);
      both.add(e);
      byRequest.put(key, both);
    } else {
      @SuppressWarnings("unchecked") // only Entry and List<Entry> are put
      List<Entry> list = (List<Entry>) before;
      list.add(e);
    }
    entries++;
  }

  /** Whether the index lists an answer to this request (whether or not its file is usable). */
  public boolean lists(String resource, String request) {
    return byRequest.containsKey(Key.of(resource, request));
  }

  /** How many answers the index lists. */
  public int size() {
    return entries;
  }

  /** What could not be used (unreadable index lines, missing or damaged raw files), in words. */
  public List<String> skipped() {
    synchronized (skipped) {
      return List.copyOf(skipped);
    }
  }

  /**
   * Every stored answer to a request, in the order they arrived, bodies read and checked; an answer
   * whose file is missing or does not match the index is left out and said in {@link #skipped()}.
   *
   * @return empty when the archive holds no answer to the request
   */
  public List<SourceDocument> answers(String resource, String request) {
    Object found = byRequest.get(Key.of(resource, request));
    if (found == null) {
      return List.of();
    }
    List<Entry> list;
    if (found instanceof Entry one) {
      list = List.of(one);
    } else {
      @SuppressWarnings("unchecked") // only Entry and List<Entry> are put
      List<Entry> many = (List<Entry>) found;
      list = many;
    }
    List<SourceDocument> out = new ArrayList<>(list.size());
    for (Entry e : list) {
      SourceDocument d = document(e);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** Whether the index lists any answer to any request of this resource. */
  public boolean holdsResource(String resource) {
    return resources.contains(resource);
  }

  /**
   * The answers to any request of a resource whose status is one of these (only answers that are
   * not data are kept apart for it: a 2xx that is not JSON, statuses 300 to 499 and 501), bodies
   * read and checked.
   */
  public List<SourceDocument> answersWithStatus(String resource, Set<Integer> statuses) {
    List<SourceDocument> out = new ArrayList<>();
    for (Entry e : notAnswered.getOrDefault(resource, List.of())) {
      if (statuses.contains(e.status())) {
        SourceDocument d = document(e);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** One stored answer, its body read and checked; null (and said in skipped) when unusable. */
  private @Nullable SourceDocument document(Entry e) {
    byte[] body;
    try {
      body = bag.read(e.file());
    } catch (NoSuchFileException missing) {
      skipped.add(e.file() + " (" + e.resource() + " " + e.request() + ") is missing");
      return null;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + e.file(), ex);
    }
    SourceDocument d =
        new SourceDocument(
            e.resource(),
            e.method(),
            e.request(),
            e.status(),
            e.fetchedAt(),
            e.transport(),
            e.contentType().isEmpty() ? null : e.contentType(),
            body);
    if (!d.sha256().equals(e.sha256())) {
      skipped.add(
          e.file()
              + " ("
              + e.resource()
              + " "
              + e.request()
              + ") does not match its SHA-256 in the raw index");
      return null;
    }
    return d;
  }

  /** These answers as a source's replay sees them, the archive named {@code archiveName}. */
  public RecordedAnswers named(String archiveName) {
    return new RecordedAnswers() {
      @Override
      public List<SourceDocument> answers(String resource, String request) {
        return RawAnswers.this.answers(resource, request);
      }

      @Override
      public boolean holdsResource(String resource) {
        return RawAnswers.this.holdsResource(resource);
      }

      @Override
      public List<SourceDocument> answersWithStatus(String resource, Set<Integer> statuses) {
        return RawAnswers.this.answersWithStatus(resource, statuses);
      }

      @Override
      public String archiveName() {
        return archiveName;
      }
    };
  }

  /** A request as 128 bits of the SHA-256 of its resource and request line. */
  private record Key(long high, long low) {
    static Key of(String resource, String request) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256")
                .digest((resource + "\n" + request).getBytes(StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.wrap(hash);
        return new Key(b.getLong(), b.getLong());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
  }
}
