package io.github.courseport.core.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date whose parts may be missing, as catalog.v1 sessions give them ({@code startDay},
 * {@code startMonth}, {@code startYear}, any of which may be absent). It is deliberately not an
 * instant: a session that "starts in March 2013" has no midnight to invent.
 */
@Described("A date whose parts may be missing (catalog.v1 sessions); never an invented midnight.")
public record PartialDate(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day) {
  public PartialDate {
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null && (day < 1 || day > 31)) {
      throw new IllegalArgumentException("day out of range: " + day);
    }
    if (year != null && month != null && day != null) {
      // Rejects 31 February and friends.
      LocalDate.of(year, month, day);
    }
  }

  /** A date with no known part. */
  public static PartialDate unknown() {
    return new PartialDate(null, null, null);
  }

  /** The full date, present only when year, month and day are all known. */
  public Optional<LocalDate> toLocalDate() {
    if (year == null || month == null || day == null) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /** Whether no part is known. */
  @Described("Whether no part of the date is known.")
  public boolean isUnknown() {
    return year == null && month == null && day == null;
  }

  /** ISO-like rendering with {@code ??} for missing parts, e.g. {@code 2013-03-??}. */
  @Override
  public String toString() {
    return (year == null ? "????" : String.format("%04d", year))
        + "-"
        + (month == null ? "??" : String.format("%02d", month))
        + "-"
        + (day == null ? "??" : String.format("%02d", day));
  }
}
