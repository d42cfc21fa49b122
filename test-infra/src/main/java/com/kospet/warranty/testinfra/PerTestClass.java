package com.kospet.warranty.testinfra;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.Supplier;

/**
 * A client a test class opens before its first test and closes after its last, such as a reader of
 * {@code claims.events} or a Kafka producer:
 * {@code @RegisterExtension static final PerTestClass<ClaimEventsTopic> topic = PerTestClass.of(ClaimEventsTopic::ofTestKafka);}
 * It is opened only once the test resources run (after {@code @QuarkusTest} started them), so it may ask them
 * for their ports.
 */
public final class PerTestClass<T extends AutoCloseable> implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<T> opener;
    private volatile T opened;

    private PerTestClass(Supplier<T> opener) {
        this.opener = opener;
    }

    public static <T extends AutoCloseable> PerTestClass<T> of(Supplier<T> opener) {
        return new PerTestClass<>(opener);
    }

    /** The open client, from the first test of the class to its last. */
    public T get() {
        T client = opened;
        if (client == null) {
            throw new IllegalStateException("opened only while the test class runs");
        }
        return client;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        opened = opener.get();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        T client = opened;
        opened = null;
        if (client != null) {
            client.close();
        }
    }
}
