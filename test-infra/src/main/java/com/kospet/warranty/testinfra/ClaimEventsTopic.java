package com.kospet.warranty.testinfra;

import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventCodec;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads {@code claims.events} from the beginning, as any consumer group of the company would. */
public final class ClaimEventsTopic implements AutoCloseable {

    private final KafkaCompanion companion;
    private final ConsumerTask<String, byte[]> task;
    private final ClaimEventCodec codec = new ClaimEventCodec();

    /** A reader of the test resources' Kafka broker ({@link KafkaResource}). */
    public static ClaimEventsTopic ofTestKafka() {
        return new ClaimEventsTopic(KafkaResource.bootstrapServers());
    }

    public ClaimEventsTopic(String bootstrapServers) {
        companion = new KafkaCompanion(bootstrapServers);
        task = companion.consume(Serdes.String(), Serdes.ByteArray())
                .withGroupId("test-reader-" + UUID.randomUUID())
                .withAutoCommit()
                .fromTopics(ClaimEvent.TOPIC);
    }

    /** Waits until at least {@code count} records keyed by {@code claimId} arrived, and answers all of them, in order. */
    public List<ConsumerRecord<String, byte[]>> recordsOf(UUID claimId, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, byte[]>> records = List.of();
        while (Instant.now().isBefore(deadline)) {
            records = task.getRecords().stream().filter(r -> claimId.toString().equals(r.key())).toList();
            if (records.size() >= count) {
                return records;
            }
            sleep();
        }
        throw new AssertionError("expected " + count + " event(s) of claim " + claimId + " within " + timeout
                + ", got " + records.size());
    }

    /** The decoded events of one claim, once at least {@code count} arrived. */
    public List<ClaimEvent> eventsOf(UUID claimId, int count, Duration timeout) {
        return recordsOf(claimId, count, timeout).stream().map(r -> codec.decode(r.value())).toList();
    }

    /** Every record of the topic read so far. */
    public List<ConsumerRecord<String, byte[]>> allRecords() {
        return List.copyOf(task.getRecords());
    }

    @Override
    public void close() {
        task.close();
        companion.close();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
