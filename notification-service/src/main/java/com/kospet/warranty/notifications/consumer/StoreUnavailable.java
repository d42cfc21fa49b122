package com.kospet.warranty.notifications.consumer;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure of the sent log's database that will pass (connection lost, server restarting, out of
 * resources, a conflicting concurrent write) from one the event itself causes. An event that failed for the
 * first kind is retried and holds its partition, since dead-lettering it would move the offset on with
 * nothing recorded; an event that failed for the second kind is dead-lettered, or it would block every
 * later event of its partition.
 */
final class StoreUnavailable {

    /** SQLSTATE classes that say nothing about the data: connection, rollback, resources, operator intervention. */
    private static final Set<String> PASSING_CLASSES = Set.of("08", "40", "53", "57", "58");
    /** unique_violation: another instance recorded the same mail first; the retry finds its row. */
    private static final String UNIQUE_VIOLATION = "23505";

    private StoreUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                // No state at all: the pool could not hand out a connection in time.
                return state == null || UNIQUE_VIOLATION.equals(state)
                        || (state.length() >= 2 && PASSING_CLASSES.contains(state.substring(0, 2)));
            }
        }
        return false;
    }
}
