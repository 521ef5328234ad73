package io.github.courseport.export.views;

import static io.github.courseport.export.views.IndexHtmlText.esc;
import static io.github.courseport.export.views.IndexHtmlText.time;

import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.LearnerRecord;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The top of {@code index.html}: the document head (the Content-Security-Policy, the title, the
 * style sheet) and the header that names the learner, up to the opening of {@code <main>}.
 */
final class IndexHtmlHeader {
  private IndexHtmlHeader() {}

  static void write(StringBuilder h, LearnerRecord learner, @Nullable Instant asOf) {
    LearnerProfile profile = learner.profile().found().orElse(null);
    String who =
        profile != null && profile.fullName() != null && !profile.fullName().isBlank()
            ? profile.fullName()
            : "Coursera user " + learner.userId();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src '")
        .append(IndexHtmlAssets.scriptHash())
        .append("'; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Courseport\">\n")
        .append("<title>")
        .append(esc(who))
        .append(" \u2013 Coursera learning record</title>\n<style>\n")
        .append(IndexHtmlAssets.CSS)
        .append("</style>\n</head>\n<body>\n");

    h.append("<header class=\"top\">\n<h1>").append(esc(who)).append("</h1>\n<p>");
    h.append("Coursera learning record of user ").append(learner.userId());
    if (profile != null) {
      if (profile.timezone() != null) {
        h.append(" \u00b7 time zone ").append(esc(profile.timezone()));
      }
      if (profile.locale() != null) {
        h.append(" \u00b7 locale ").append(esc(profile.locale()));
      }
    }
    h.append("</p>\n<p>");
    if (asOf != null) {
      h.append("Newest activity in this record: ").append(time(asOf, true)).append(". ");
    }
    h.append("Everything on this page comes from the files of this archive; it loads nothing.")
        .append("</p>\n</header>\n<main>\n");
  }
}
