package io.github.courseport.adapters.http.naptime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaptimeIdsTest {
  @Test
  void commasInsideIdsAreEscaped() {
    assertThat(NaptimeIds.join(List.of("a", "b,c", "d"))).isEqualTo("a,b\\,c,d");
  }

  @Test
  void chunksRespectTheEncodedLength() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      ids.add("s5sEkwAHEeW9ISIACx" + String.format("%04d", i));
    }
    int budget = 300;
    List<List<String>> chunks = NaptimeIds.chunks(ids, budget);
    assertThat(chunks).hasSizeGreaterThan(1);
    List<String> all = new ArrayList<>();
    for (List<String> chunk : chunks) {
      assertThat(QueryEncoding.encode(NaptimeIds.join(chunk)).length()).isLessThanOrEqualTo(budget);
      all.addAll(chunk);
    }
    assertThat(all).containsExactlyElementsOf(ids);
    // Each chunk is as full as the budget allows: adding the next id would exceed it.
    for (int i = 0; i + 1 < chunks.size(); i++) {
      List<String> more = new ArrayList<>(chunks.get(i));
      more.add(chunks.get(i + 1).get(0));
      assertThat(QueryEncoding.encode(NaptimeIds.join(more)).length()).isGreaterThan(budget);
    }
  }

  @Test
  void anIdLongerThanTheBudgetTravelsAlone() {
    List<List<String>> chunks = NaptimeIds.chunks(List.of("a", "x".repeat(50), "b"), 10);
    assertThat(chunks).containsExactly(List.of("a"), List.of("x".repeat(50)), List.of("b"));
  }

  @Test
  void compositeIdsEscapeTheirSeparator() {
    assertThat(NaptimeIds.composite("3060151", "s5sEkwAHEeW9ISIACxWDhA"))
        .isEqualTo("3060151~s5sEkwAHEeW9ISIACxWDhA");
    assertThat(NaptimeIds.composite("a~b", "c!d")).isEqualTo("a!~b~c!!d");
  }

  @Test
  void encodingKeepsOnlyUnreservedCharacters() {
    assertThat(QueryEncoding.encode("-ajvNEeXEeWSIg6yKjoojw_.~"))
        .isEqualTo("-ajvNEeXEeWSIg6yKjoojw_.~");
    assertThat(QueryEncoding.encode("a,b\\,c instructors.v1(fullName)&x=é/"))
        .isEqualTo("a%2Cb%5C%2Cc%20instructors.v1%28fullName%29%26x%3D%C3%A9%2F");
  }
}
