package com.kospet.warranty.claims.policy;

import com.kospet.warranty.claims.domain.PolicyUnavailableException;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Asks policy-service, with the fault tolerance a customer-facing call needs: a short retry for a
 * blip, a timeout, and a circuit breaker so an outage answers 503 at once instead of piling up.
 */
@ApplicationScoped
public class PolicyGateway {

    private final PolicyClient client;

    public PolicyGateway(@RestClient PolicyClient client) {
        this.client = client;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public PolicyAnswer evaluate(PolicyQuestion question) {
        return client.evaluate(question);
    }

    PolicyAnswer unavailable(PolicyQuestion question, Throwable failure) {
        throw new PolicyUnavailableException(failure);
    }
}
