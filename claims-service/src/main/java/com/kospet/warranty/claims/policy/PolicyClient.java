package com.kospet.warranty.claims.policy;

import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyQuestion;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** policy-service's evaluation endpoint (timeouts: {@code quarkus.rest-client.policy.*}). */
@RegisterRestClient(configKey = "policy")
@Path("/api/policy")
public interface PolicyClient {

    @POST
    @Path("/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    PolicyAnswer evaluate(PolicyQuestion question);
}
