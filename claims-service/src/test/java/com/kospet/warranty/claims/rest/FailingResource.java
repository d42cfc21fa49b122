package com.kospet.warranty.claims.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only endpoint that fails the way a bug would, to see what the client and the log get. */
@Path("/test-only/failure")
public class FailingResource {

    static final String SECRET = "internal detail the client must not see";

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
