package com.kospet.warranty.claims.rest;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Whether a failure means PostgreSQL could not be reached or did not answer in time, rather than that the
 * request or the code is wrong: then the request may succeed when retried, once the pool reconnects.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isPoolTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08, "connection exception"; 57P01-57P03: the server is shutting down or cannot connect now. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** Agroal gives up waiting for a connection with a plain SQLException, telling it only by its message. */
    private static boolean isPoolTimeout(SQLException e) {
        String message = e.getMessage();
        return e.getSQLState() == null && message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
