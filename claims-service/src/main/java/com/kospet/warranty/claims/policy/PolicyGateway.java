package com.kospet.warranty.claims.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.domain.PolicyRefusedQuestionException;
import com.kospet.warranty.claims.domain.PolicyUnavailableException;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks policy-service, with the fault tolerance a customer-facing call needs: a short retry for a
 * blip, a timeout, and a circuit breaker so an outage answers 503 at once instead of piling up.
 * A 4xx from the policy is no outage: it refused the facts it was asked about, and the caller is told
 * why; it neither opens the circuit nor is retried.
 */
@ApplicationScoped
public class PolicyGateway {

    private static final Logger LOG = Logger.getLogger(PolicyGateway.class);

    private final PolicyClient client;
    private final ObjectMapper json;

    public PolicyGateway(@RestClient PolicyClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ClientErrorException.class)
    // (429 is a ClientErrorException too: slowing down is asked of this client, the policy itself is well.)
    @Fallback(fallbackMethod = "unavailable")
    public PolicyAnswer evaluate(PolicyQuestion question) {
        return client.evaluate(question);
    }

    PolicyAnswer unavailable(PolicyQuestion question, Throwable failure) {
        // 429 is the policy asking to slow down: an overload to retry later, not a verdict on the facts.
        if (failure instanceof WebApplicationException refusal && refusal.getResponse() != null
                && refusal.getResponse().getStatus() >= 400 && refusal.getResponse().getStatus() < 500
                && refusal.getResponse().getStatus() != 429) {
            throw refused(refusal);
        }
        throw new PolicyUnavailableException(failure);
    }

    /** The policy's Problem Details, as far as they can be read: its detail and the fields it named. */
    private PolicyRefusedQuestionException refused(WebApplicationException refusal) {
        String reason = "the policy cannot decide on this order's facts";
        List<InvalidRequestException.Violation> violations = new ArrayList<>();
        try {
            JsonNode problem = json.readTree(refusal.getResponse().readEntity(String.class));
            if (problem.hasNonNull("detail")) {
                reason += ": " + problem.get("detail").asText();
            }
            for (JsonNode error : problem.path("errors")) {
                violations.add(new InvalidRequestException.Violation(error.path("field").asText(),
                        error.path("message").asText()));
            }
        } catch (RuntimeException | java.io.IOException e) {
            LOG.debugf("the policy's refusal had no readable body: %s", e.toString());
        }
        return new PolicyRefusedQuestionException(reason, violations);
    }
}
