package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/**
 * One part of a piece of the learner's work, or of a review of it: a submission's answer to one
 * prompt, a reviewer's comment or score on one criterion, one graded part of a programming
 * assignment.
 *
 * @param id the part's id within its submission, review or assignment, as the server gave it
 * @param prompt what the part asks (the question, the criterion, the part's title), when given
 * @param typeName the part's type as the server names it ({@code plainText}, {@code richText},
 *     {@code url}, {@code singleChoice}...), kept as it came
 * @param text the words: the learner's answer, the reviewer's comment, a chosen option's label;
 *     kept as the server sent them, markup included
 * @param url a link the part holds (a file, a web page), when it holds one
 * @param score the points given for the part, when given
 * @param maxScore the most points the part can give, when known
 */
@Described("One part of a piece of the learner's work, or of a review of it.")
public record WorkPart(
    String id,
    @Nullable String prompt,
    @Nullable String typeName,
    @Nullable String text,
    @Nullable String url,
    @Nullable Double score,
    @Nullable Double maxScore,
    Extras extras) {}
