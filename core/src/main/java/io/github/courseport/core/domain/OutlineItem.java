package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * One item of a lesson: a lecture, a reading, a quiz, an assignment, a discussion prompt...
 *
 * @param name the item's name; null for a locked or preview item the server does not name
 * @param typeName the item's type as the server names it ({@code contentSummary.typeName}: {@code
 *     lecture}, {@code supplement}, {@code exam}, {@code phasedPeer}...), kept as it came, even
 *     when this version does not know it; null when the server gave none
 * @param timeCommitmentMillis the time the course expects it to take, in milliseconds
 * @param locked whether the item is locked for the learner, when the server says
 * @param lockedReason why it is locked ({@code itemLockedReasonCode}), when given
 * @param gradingWeight the item's weight in the course grade, when given
 * @param requiredForPassing whether passing the item is required to pass the course, when given
 * @param trackId the track the item belongs to, when given
 */
@Described("One item of a lesson: a lecture, a reading, a quiz... Locked items may have no name.")
public record OutlineItem(
    ItemId id,
    @Nullable String name,
    @Nullable String slug,
    @Nullable String description,
    @Described(
            "contentSummary.typeName as the server sent it (lecture, supplement, exam, "
                + "phasedPeer...); unknown types are kept.")
        @Nullable String typeName,
    @Nullable Long timeCommitmentMillis,
    @Nullable Boolean optional,
    @Described(
            "Whether the item is locked for the learner; false also when the server does not say.")
        @Nullable Boolean locked,
    @Nullable String lockedReason,
    @Nullable Double gradingWeight,
    @Nullable Boolean requiredForPassing,
    @Nullable String trackId,
    Extras extras) {

  /** What kind of thing the item is, from its type name. */
  public ItemKind kind() {
    return ItemKind.of(typeName);
  }

  /** Whether the item is locked. */
  public boolean isLocked() {
    return Boolean.TRUE.equals(locked);
  }

  /** The name for people: the item's name, or what is known of it when it has none. */
  public String label() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return (isLocked() ? "locked " : "") + kind().noun() + " " + id.value();
  }
}
