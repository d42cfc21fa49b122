package com.kospet.warranty.claims.domain;

import java.util.Optional;

/** Who is calling: the token's subject, its email claim if any, and the role it acts in. */
public record Caller(String id, Optional<String> email, Role role) {

    public enum Role { CUSTOMER, STAFF, SERVICE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }
}
