package com.kospet.warranty.claims.domain;

import java.util.Optional;

/** Who is calling: the token's subject, its email claim if any, and the role it acts in. */
public record Caller(String id, Optional<String> email, Role role) {

    /** {@link #SYSTEM}: this service itself, e.g. the job that expires overdue claims. */
    public enum Role { CUSTOMER, STAFF, SERVICE, SYSTEM;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The service acting on its own, for transitions nobody asked for (deadlines passing). */
    public static Caller system(String name) {
        return new Caller(name, Optional.empty(), Role.SYSTEM);
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }

    /** The caller's id when they act as a customer, whose view is limited to their own; empty for everyone else. */
    public Optional<String> customerId() {
        return isCustomer() ? Optional.of(id) : Optional.empty();
    }
}
