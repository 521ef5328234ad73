package io.github.courseport.core.domain;

/** One of the learner's home experiments ({@code onDemandHomeExperiments.v1}); shape unknown. */
public record HomeExperiment(String id, Extras extras) {}
