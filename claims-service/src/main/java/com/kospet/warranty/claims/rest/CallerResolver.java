package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Turns the verified token of the current request into a {@link Caller}. */
@RequestScoped
public class CallerResolver {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CallerResolver(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller caller() {
        Caller.Role role = identity.hasRole("staff") ? Caller.Role.STAFF
                : identity.hasRole("service") ? Caller.Role.SERVICE
                : Caller.Role.CUSTOMER;
        Optional<String> email = Optional.ofNullable(token.<String>getClaim("email")).filter(value -> !value.isBlank());
        return new Caller(token.getSubject(), email, role);
    }
}
