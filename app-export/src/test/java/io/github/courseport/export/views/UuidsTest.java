package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {
  @Test
  void matchesTheKnownVersion5Vector() {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com")
    assertThat(Uuids.v5(Uuids.NAMESPACE_DNS, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void courseportsNamespaceIsTheV5OfItsUrl() {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://courseport.github.io/")
    assertThat(Uuids.COURSEPORT).isEqualTo(UUID.fromString("1accf7b3-8678-5e8c-a9b6-217578102039"));
  }

  @Test
  void isVersion5IetfVariantAndDependsOnNamespaceAndName() {
    UUID a = Uuids.v5(Uuids.COURSEPORT, "a");
    assertThat(a.version()).isEqualTo(5);
    assertThat(a.variant()).isEqualTo(2);
    assertThat(Uuids.v5(Uuids.COURSEPORT, "a")).isEqualTo(a);
    assertThat(Uuids.v5(Uuids.COURSEPORT, "b")).isNotEqualTo(a);
    assertThat(Uuids.v5(Uuids.NAMESPACE_URL, "a")).isNotEqualTo(a);
    assertThat(Uuids.v5(Uuids.COURSEPORT, "é 🎓").version()).isEqualTo(5);
  }
}
