package io.github.courseport.export.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BagLayoutTest {
  @Test
  void rawDocumentsAreNumberedWithAtLeastSixDigitsSoTheyListInOrder() {
    assertThat(BagLayout.raw(1)).isEqualTo("data/raw/000001.json");
    assertThat(BagLayout.raw(80272)).isEqualTo("data/raw/080272.json");
    assertThat(BagLayout.raw(999999)).isEqualTo("data/raw/999999.json");
    assertThat(BagLayout.raw(1234567)).isEqualTo("data/raw/1234567.json");
  }
}
