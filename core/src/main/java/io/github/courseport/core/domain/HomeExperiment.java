package io.github.courseport.core.domain;

/** One of the learner's home experiments ({@code onDemandHomeExperiments.v1}); shape unknown. */
@Described(
    "One of the learner's home experiments; its shape is unknown, so its fields are kept in "
        + "extras.")
public record HomeExperiment(String id, Extras extras) {}
