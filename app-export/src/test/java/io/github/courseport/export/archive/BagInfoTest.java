package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one bag-info.txt parser (RFC 8493 §2.2.2). */
class BagInfoTest {
  @Test
  void labelsRepeatContinuationLinesJoinAndAnyLineEndWorks() {
    BagInfo info =
        BagInfo.parse(
            "Payload-Oxum: 12.3\r\nExternal-Description: a long\r\n  description\rContact-Name:"
                + " A\nContact-Name: B\n");
    assertThat(info.first("External-Description")).contains("a long description");
    assertThat(info.first("Contact-Name")).contains("A");
    assertThat(info.entries()).hasSize(4);
    assertThat(info.oxum()).contains(new BagInfo.Oxum(12, 3));
    assertThat(info.get("Missing", "x")).isEqualTo("x");
  }

  @Test
  void anOxumThatIsNotTwoWholeNumbersIsNone() {
    for (String bad : new String[] {"12", "-1.3", "1.2.3", "a.b", "12."}) {
      assertThat(BagInfo.parse("Payload-Oxum: " + bad + "\n").oxum()).as(bad).isEmpty();
    }
  }

  @Test
  void aLineIsWrittenAsOneLabelAndOneValue() {
    assertThat(BagInfo.line("Courseport-Source", "sample"))
        .isEqualTo("Courseport-Source: sample\n");
    assertThatThrownBy(() -> BagInfo.line("Bad Label", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BagInfo.line("Label", "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
