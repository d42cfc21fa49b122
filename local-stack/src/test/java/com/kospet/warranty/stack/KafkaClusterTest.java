package com.kospet.warranty.stack;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaClusterTest {

    @Test
    void aClusterIdIsNeverTakenForAnOptionOnTheStorageToolsCommandLine() {
        // A plain base64url UUID starts with '-' once in 64 draws, and the format step then fails.
        assertThat(IntStream.range(0, 10_000).mapToObj(i -> KafkaCluster.clusterId()))
                .allSatisfy(id -> assertThat(id).hasSize(22).doesNotStartWith("-"));
    }
}
