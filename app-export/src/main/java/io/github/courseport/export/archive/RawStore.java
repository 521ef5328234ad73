package io.github.courseport.export.archive;

import io.github.courseport.core.domain.SourceDocument;
import io.github.courseport.core.port.RawResponse;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The raw answers of a bag ({@code data/raw/}): each document stored once, byte for byte, as {@code
 * data/raw/<n>.json} in arrival order, with one line of {@code data/raw/index.jsonl} ({@link
 * RawIndexLine}) naming its request (secrets removed) and checksum; and that index read back line
 * by line for the views.
 */
final class RawStore {
  private final BagWriter files;
  private final UnaryOperator<String> redactor;
  private final Set<DocumentKey> seen = new HashSet<>();

  /**
   * Digests of raw document n at index n - 1 (null where a resume dropped one): kept apart from the
   * other payload files' digests so that tens of thousands of raw files cost no path string and map
   * entry each.
   */
  private final List<@Nullable Digests> digests = new ArrayList<>();

  private long count;
  private @Nullable BufferedWriter index;

  /**
   * @param redactor applied to every request line before it is written (secrets out)
   */
  RawStore(BagWriter files, UnaryOperator<String> redactor) {
    this.files = files;
    this.redactor = redactor;
  }

  /**
   * Takes back a document that an interrupted run stored and whose index line a resume kept: it is
   * not stored again, and the next document is numbered after it.
   */
  synchronized void keep(RawIndexLine entry, Digests d) {
    count = Math.max(count, entry.n());
    seen.add(DocumentKey.of(entry.resource(), entry.method(), entry.request(), entry.sha256()));
    put(entry.n(), d);
  }

  /** Opens the index for appending: after a resume's recovery, before the first document. */
  synchronized void openIndex() throws IOException {
    index =
        Files.newBufferedWriter(
            files.work().resolve(BagLayout.RAW_INDEX),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
  }

  /** Stores the documents not stored yet (the same answer to the same request is stored once). */
  synchronized void accept(List<SourceDocument> documents) throws IOException {
    BufferedWriter out = open();
    for (SourceDocument d : documents) {
      String request = redactor.apply(d.request());
      if (!seen.add(DocumentKey.of(d.resource(), d.method(), request, d.sha256()))) {
        continue;
      }
      long n = ++count;
      put(n, files.store(BagLayout.raw(n), d.body()));
      out.write(RawIndexLine.of(n, d, request).json());
      out.write('\n');
    }
    out.flush();
  }

  /** Writes out what the index buffers. */
  synchronized void flush() throws IOException {
    open().flush();
  }

  /** Closes the index; an unfinished bag keeps what it holds for a resume. */
  synchronized void close() throws IOException {
    BufferedWriter out = index;
    if (out != null) {
      out.close();
    }
  }

  /** Adds every stored document's path and digests to {@code payload}. */
  synchronized void addDigests(Map<String, Digests> payload) {
    for (int i = 0; i < digests.size(); i++) {
      Digests d = digests.get(i);
      if (d != null) {
        payload.put(BagLayout.raw(i + 1L), d);
      }
    }
  }

  /**
   * The index read line by line (it has one line per stored answer, tens of thousands for a large
   * account): each line becomes a {@link RawResponse}; the file is closed at its end.
   */
  Iterable<RawResponse> responses() {
    return () -> new IndexLines(files.work().resolve(BagLayout.RAW_INDEX));
  }

  private BufferedWriter open() {
    return Objects.requireNonNull(index, "the raw index is not open");
  }

  private void put(long n, Digests d) {
    while (digests.size() < n) {
      digests.add(null);
    }
    digests.set((int) (n - 1), d);
  }

  /**
   * What makes two raw documents the same (resource, method, request line and body hash), kept as
   * 128 bits of its SHA-256 rather than as text: an export of thousands of courses stores tens of
   * thousands of documents, and this set holds one key for each until the end.
   */
  private record DocumentKey(long high, long low) {
    static DocumentKey of(String resource, String method, String request, String sha256) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] hash =
            digest.digest(
                (resource + "\n" + method + "\n" + request + "\n" + sha256)
                    .getBytes(StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.wrap(hash);
        return new DocumentKey(b.getLong(), b.getLong());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
  }

  /** The index's lines as responses, read as they are asked for. */
  private static final class IndexLines implements Iterator<RawResponse> {
    private final BufferedReader reader;
    private @Nullable String line;
    private boolean open = true;

    IndexLines(Path index) {
      try {
        reader = Files.newBufferedReader(index, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean hasNext() {
      try {
        while (line == null && open) {
          String next = reader.readLine();
          if (next == null) {
            open = false;
            reader.close();
          } else if (!next.isBlank()) {
            line = next;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return line != null;
    }

    @Override
    public RawResponse next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String text = Objects.requireNonNull(line);
      line = null;
      try {
        return RawIndexLine.parse(text).response();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }
}
