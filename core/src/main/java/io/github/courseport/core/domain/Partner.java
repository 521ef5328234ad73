package io.github.courseport.core.domain;

import org.jspecify.annotations.Nullable;

/** A partner: {@code partners.v1}, or a university in catalog.v1. */
@Described("A partner (partners.v1) or university (catalog.v1).")
public record Partner(
    PartnerId id,
    @Nullable String shortName,
    String name,
    @Nullable String logo,
    @Nullable String classLogo,
    @Nullable String location,
    Extras extras) {}
