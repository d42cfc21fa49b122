package com.kospet.warranty.notifications;

import com.kospet.warranty.model.event.ClaimEventType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that names each mail's customer, run over a sent log as the previous version left it (in a
 * schema of its own): rows are filled from the event they stored, or from another row of the same claim.
 */
@QuarkusTest
class SentLogCustomerBackfillTest {

    private static final String SCHEMA = "sent_log_backfill";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void mailRecordedBeforeIsAttributedToTheClaimsCustomerWhereAnEventSaysWhoThatIs() throws SQLException {
        Flyway before = migration("2");
        before.clean();
        before.migrate();

        TestEvents.Claim claim = new TestEvents.Claim();
        claim.customerId = "customer-backfilled";
        byte[] event = TestEvents.CODEC.encode(claim.event(ClaimEventType.SUBMITTED, Instant.now()));
        UUID unreadable = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, "with-event", claim.id, event);
            insert(connection, "first-version", claim.id, null);
            insert(connection, "unreadable-event", unreadable, "{not json".getBytes(StandardCharsets.UTF_8));
            insert(connection, "first-version-alone", unknown, null);
        }

        migration("3").migrate();

        assertThat(customers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "with-event", "customer-backfilled",
                "first-version", "customer-backfilled",
                "unreadable-event", "",
                "first-version-alone", ""));
        migration("3").clean();
    }

    private Flyway migration(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").target(target).cleanDisabled(false).load();
    }

    private static void insert(Connection connection, String key, UUID claimId, byte[] payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + SCHEMA + ".sent_log"
                + " (notification_key, claim_id, kind, recipient, subject, status, created_at, due_at, event_payload)"
                + " values (?, ?, 'claim-submitted', 'ada@example.com', 'We received your request', 'SENT', ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, key);
            insert.setObject(2, claimId);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.setBytes(5, payload);
            insert.executeUpdate();
        }
    }

    /** Each row's key and customer ("" where none). */
    private Map<String, String> customers() throws SQLException {
        Map<String, String> customers = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("select notification_key, customer_id from " + SCHEMA + ".sent_log")) {
            while (rows.next()) {
                customers.put(rows.getString(1), rows.getString(2) == null ? "" : rows.getString(2));
            }
        }
        return customers;
    }
}
