package coop.spokes.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two Payara Micro boot command files (docs/operations.md): the single instance's keeps
 * sessions in memory, the cluster's replicates them, and otherwise they set the same things.
 */
class BootCommandsTest {
  static final Path DIR = Path.of("src/main/payara");
  static final String SESSIONS =
      "set configs.config.server-config.availability-service.web-container-availability"
          + ".persistence-type=";

  @Test
  void aSingleInstanceKeepsSessionsInMemoryAndAClusterReplicatesThem() throws IOException {
    List<String> single = Files.readAllLines(DIR.resolve("boot-commands.txt"));
    List<String> cluster = Files.readAllLines(DIR.resolve("boot-commands-cluster.txt"));

    assertThat(single).containsOnlyOnce(SESSIONS + "memory");
    assertThat(cluster).containsOnlyOnce(SESSIONS + "hazelcast");
    assertThat(cluster.stream().filter(l -> !l.startsWith(SESSIONS)))
        .as("the cluster file sets what the single instance's file sets")
        .containsExactlyElementsOf(single.stream().filter(l -> !l.startsWith(SESSIONS)).toList());
  }
}
