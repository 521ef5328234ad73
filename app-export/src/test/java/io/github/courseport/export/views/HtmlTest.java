package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveSpecialCharacters() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  }

  @Test
  void leavesOrdinaryTextAloneAndReturnsTheSameString() {
    String text = "The Modern and the Postmodern (Part 2) – 学习 🎓 עברית";
    assertThat(Html.escape(text)).isSameAs(text);
  }

  @Test
  void keepsSurrogatePairsAndWhitespaceButReplacesWhatHtmlCannotCarry() {
    assertThat(Html.escape("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
    assertThat(Html.escape("🎓<")).isEqualTo("🎓&lt;");
    assertThat(Html.escape("x\u0000y\u0007z\u007f")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD");
    assertThat(Html.escape("lone \uD83C high")).isEqualTo("lone \uFFFD high");
    assertThat(Html.escape("lone \uDF93 low")).isEqualTo("lone \uFFFD low");
    assertThat(Html.escape("end \uD83C")).isEqualTo("end \uFFFD");
  }

  @Test
  void noSpecialCharacterSurvives() {
    String hostile = SampleRecords.HOSTILE + SampleRecords.XSS_IMG + "\"'<>&";
    String escaped = Html.escape(hostile);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
  }

  @Test
  void escapesLongTextCompletely() {
    String longText = "<b>".repeat(100_000);
    assertThat(Html.escape(longText)).isEqualTo("&lt;b&gt;".repeat(100_000));
  }
}
