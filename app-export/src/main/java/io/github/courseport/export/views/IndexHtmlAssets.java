package io.github.courseport.export.views;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What {@code index.html} carries inline: its style sheet and its one script, with the script's
 * hash.
 */
final class IndexHtmlAssets {
  /** The page's only script: it marks the page as scripted and shows the filter box. */
  static final String SCRIPT =
      "(function(){var d=document;d.documentElement.setAttribute('data-js','on');"
          + "var f=d.getElementById('filter');if(!f){return;}f.hidden=false;"
          + "f.addEventListener('input',function(){var q=f.value.toLowerCase();"
          + "d.querySelectorAll('.course').forEach(function(c){"
          + "c.hidden=q!==''&&(c.getAttribute('data-name')||'').indexOf(q)<0;});});})();";

  /** The page's style sheet, inline: light and dark, and for print. */
  static final String CSS =
      """
      :root{--bg:#f4f6fb;--card:#fff;--ink:#1d2433;--muted:#5b6478;--line:#e3e7f0;\
      --accent:#3557d4;--ok:#1f8a4c;--warn:#b25e00;--bad:#b3261e;--track:#e8ecf5}
      @media (prefers-color-scheme:dark){:root{--bg:#11141b;--card:#1a1f2a;--ink:#e8ebf2;\
      --muted:#a3abbd;--line:#2b3242;--accent:#7d9bff;--ok:#56c98a;--warn:#f0a64a;--bad:#ff8a80;\
      --track:#2b3242}}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,\
      sans-serif;background:var(--bg);color:var(--ink);overflow-wrap:anywhere}
      header.top{background:linear-gradient(120deg,#2a3f9d,#3557d4 55%,#1f8a8a);color:#fff;\
      padding:32px 24px 56px}
      header.top h1{margin:0 0 4px;font-size:30px;line-height:1.2}
      header.top p{margin:2px 0;opacity:.9}
      main{max-width:1080px;margin:-36px auto 40px;padding:0 16px}
      section{margin-bottom:28px}
      h2{font-size:20px;margin:0 0 12px}
      .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;\
      margin-bottom:24px}
      .tile{background:var(--card);border-radius:12px;padding:14px 16px;\
      box-shadow:0 1px 3px rgba(0,0,0,.08)}
      .tile b{display:block;font-size:26px;line-height:1.2}
      .tile span{color:var(--muted);font-size:13px}
      .panel,.course{background:var(--card);border-radius:12px;padding:18px 20px;\
      box-shadow:0 1px 3px rgba(0,0,0,.08);margin-bottom:16px}
      .panel.complete{border-left:6px solid var(--ok)}
      .panel.incomplete{border-left:6px solid var(--warn)}
      .panel ul{margin:8px 0 0;padding-left:20px}
      .muted{color:var(--muted)}
      .small{font-size:13px}
      .course h3{margin:0;font-size:20px;line-height:1.3}
      .course .meta{margin:4px 0 10px;color:var(--muted)}
      .badge{display:inline-block;font-size:12px;font-weight:600;border-radius:99px;\
      padding:2px 10px;margin:0 6px 4px 0;background:var(--track);color:var(--ink)}
      .badge.passed{background:var(--ok);color:#fff}
      .badge.progress{background:var(--accent);color:#fff}
      .badge.gap{background:var(--warn);color:#fff}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:8px 28px}
      h4{margin:12px 0 6px;font-size:15px}
      .bar{height:10px;border-radius:5px;background:var(--track);overflow:hidden}
      .bar>span{display:block;height:100%;background:var(--accent)}
      .bar.done>span{background:var(--ok)}
      .module{display:grid;grid-template-columns:minmax(120px,40%) 1fr 48px;gap:10px;\
      align-items:center;font-size:13px;margin:3px 0}
      .module .pct{text-align:right;color:var(--muted)}
      .overall{margin:6px 0 10px}
      .grade{font-size:28px;font-weight:700}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);\
      vertical-align:top}
      th{color:var(--muted);font-weight:600}
      td.num{text-align:right;white-space:nowrap}
      .past{color:var(--muted)}
      .note{border-left:3px solid var(--line);padding:2px 0 2px 12px;margin:8px 0}
      .note p{margin:4px 0;white-space:pre-wrap}
      details summary{cursor:pointer;color:var(--accent)}
      details.unit{border-bottom:1px solid var(--line);padding:4px 0}
      details.unit summary b{color:var(--ink);font-weight:600}
      .lesson{margin:10px 0 4px;font-size:14px}
      table.items{table-layout:fixed}
      table.items th:nth-child(1){width:42%}
      table.items th:nth-child(2){width:22%}
      table.items th:nth-child(3){width:10%}
      tr.override td{color:var(--muted);border-bottom-style:dashed}
      .gaps{color:var(--warn)}
      .work h5{margin:14px 0 4px;font-size:14px}
      .work-entry{margin:6px 0 12px}
      .work-entry ol,.work-entry ul{margin:4px 0;padding-left:22px}
      .submission,.review{border-left:3px solid var(--line);padding:2px 0 2px 12px;margin:8px 0}
      .review{margin-left:12px}
      .part p{margin:4px 0}
      .text{white-space:pre-wrap}
      details.long summary{color:var(--ink)}
      details.long summary .more{color:var(--accent)}
      details.long[open] summary .preview{display:none}
      a{color:var(--accent)}
      #filter{width:100%;padding:10px 12px;border:1px solid var(--line);border-radius:8px;\
      font-size:15px;margin-bottom:12px;background:var(--card);color:var(--ink)}
      footer{max-width:1080px;margin:0 auto 40px;padding:0 16px;color:var(--muted);font-size:13px}
      @media print{header.top{background:none;color:#000}#filter{display:none}\
      .panel,.course,.tile{box-shadow:none;border:1px solid #ccc}}
      """;

  private IndexHtmlAssets() {}

  /** The CSP source of the page's script: its SHA-256 in base64. */
  static String scriptHash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(SCRIPT.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
