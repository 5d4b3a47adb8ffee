package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewScopePrunerTest {
  @Test
  void dropsTheBookkeepingOfEvictedViewMapsAndKeepsTheActiveOnes() {
    Map<String, Object> contexts = new ConcurrentHashMap<>();
    contexts.put("evicted-1", Map.of("bean", "x"));
    contexts.put("active", Map.of("bean", "y"));
    contexts.put("evicted-2", Map.of());
    Map<String, Object> viewMaps = new LinkedHashMap<>();
    viewMaps.put("active", Map.of());
    viewMaps.put("active-without-beans", Map.of());

    assertThat(ViewScopePruner.prune(contexts, viewMaps)).isTrue();

    assertThat(contexts).containsOnlyKeys("active");
    assertThat(viewMaps).containsOnlyKeys("active", "active-without-beans");
  }

  @Test
  void changesNothingWhenEveryEntryIsActive() {
    Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("a", Map.of(), "b", Map.of()));
    Map<String, Object> viewMaps = new LinkedHashMap<>(Map.of("a", Map.of(), "b", Map.of()));

    assertThat(ViewScopePruner.prune(contexts, viewMaps)).isFalse();

    assertThat(contexts).containsOnlyKeys("a", "b");
  }
}
