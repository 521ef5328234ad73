package io.github.courseport.export.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The metadata of {@code bag-info.txt}: the one reader and writer of its format in Courseport.
 * Follows RFC 8493 §2.2.2: a line is a label, a colon, whitespace and a value; lines end with LF,
 * CR LF or CR; a line that starts with whitespace continues the value before it; a label may repeat
 * (each occurrence is kept, in order).
 */
public final class BagInfo {
  private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");

  private final List<Map.Entry<String, String>> entries;

  private BagInfo(List<Map.Entry<String, String>> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Reads {@code bag-info.txt}; a line without a label is ignored. */
  public static BagInfo parse(String text) {
    List<String[]> out = new ArrayList<>();
    for (String line : LINES.split(text, -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !out.isEmpty()) {
        String[] last = out.get(out.size() - 1);
        last[1] = (last[1] + " " + line.strip()).strip();
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        out.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
      }
    }
    return new BagInfo(out.stream().map(e -> Map.entry(e[0], e[1])).toList());
  }

  /** One line as Courseport writes it: label, colon, space, value, LF. */
  public static String line(String label, String value) {
    if (!label.matches("[A-Za-z][A-Za-z0-9-]*") || value.contains("\n") || value.contains("\r")) {
      throw new IllegalArgumentException("not a bag-info line: " + label);
    }
    return label + ": " + value + "\n";
  }

  /** The first value of a label, if the label is there. */
  public Optional<String> first(String label) {
    return entries.stream()
        .filter(e -> e.getKey().equals(label))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The first value of a label, or {@code otherwise}. */
  public String get(String label, String otherwise) {
    return first(label).orElse(otherwise);
  }

  /** Every label and value, in the file's order. */
  public List<Map.Entry<String, String>> entries() {
    return entries;
  }

  /**
   * The payload's size as {@code Payload-Oxum} declares it ({@code OCTETS.COUNT}).
   *
   * @return empty when the label is missing or not two whole numbers
   */
  public Optional<Oxum> oxum() {
    return first("Payload-Oxum").flatMap(Oxum::parse);
  }

  /** {@code Payload-Oxum}: the payload's octets and file count. */
  public record Oxum(long octets, long count) {
    static Optional<Oxum> parse(String value) {
      int dot = value.indexOf('.');
      if (dot <= 0 || !value.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
        return Optional.empty();
      }
      try {
        return value.indexOf('.', dot + 1) < 0
            ? Optional.of(
                new Oxum(
                    Long.parseLong(value.substring(0, dot)),
                    Long.parseLong(value.substring(dot + 1))))
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    @Override
    public String toString() {
      return octets + "." + count;
    }
  }
}
