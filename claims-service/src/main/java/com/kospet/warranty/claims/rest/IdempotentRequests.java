package com.kospet.warranty.claims.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.IdempotencyKey;
import com.kospet.warranty.claims.domain.IdempotencyKeyReusedException;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.service.AnswerRecorder;
import com.kospet.warranty.claims.service.IdempotentAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Idempotency-Key for every request that changes a claim: the first answer to a caller's key is
 * kept in the transaction of the change, and a retry with the same request gets that answer again
 * (same status, body and Location, marked {@code Idempotent-Replayed: true}) without a second change
 * or event. The same key with another request is 422.
 *
 * <p>Only answers of changes that committed are kept. A refused request (4xx) changed nothing and a
 * failed one (5xx, e.g. policy-service unavailable) committed nothing, so a retry with the key simply
 * runs again. Of two requests with one key at the same time, both may start but only one commits: the
 * other waits on the first's key row, rolls back, and answers with the first's answer (or 422 when
 * its request differs). A retry after the first committed runs the same way: its change fails or its key
 * is found taken, nothing of it commits, and the kept answer is replayed.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String DESCRIPTION = "Makes a retry safe: the same request with the same key within the retention period "
            + "(24 h by default) gets the first answer again, marked Idempotent-Replayed: true, and changes nothing. "
            + "The same key with another request is 422. 1 to 255 visible ASCII characters; a UUID is best.";

    private final IdempotentAnswers answers;
    private final ObjectMapper json;
    private final HttpHeaders headers;

    public IdempotentRequests(IdempotentAnswers answers, ObjectMapper json, HttpHeaders headers) {
        this.answers = answers;
        this.json = json;
        this.headers = headers;
    }

    /**
     * Runs {@code change} once per key. {@code request} is the request as read (its JSON, with
     * {@code operation}, is what "the same request" means); {@code answer} turns the changed claim
     * into the response, inside the change's transaction when a key is given.
     */
    public Response run(String keyHeader, Caller caller, String operation, Object request,
                        Function<AnswerRecorder, ClaimEntity> change, Function<ClaimEntity, Response> answer) {
        Optional<String> sent = Optional.ofNullable(keyHeader).or(this::sentEmpty);
        if (sent.isEmpty()) {
            return answer.apply(change.apply(AnswerRecorder.NONE));
        }
        IdempotencyKey key = IdempotencyKey.parse(sent.get());
        String owner = owner(caller);
        String fingerprint = fingerprint(operation, request);
        // No look-up first: a retry is rare, and it fails on its own (an illegal transition, the open claim, or the
        // kept answer's key itself), rolls back, and then finds the first answer below. A first request pays nothing.
        AtomicReference<Response> given = new AtomicReference<>();
        try {
            ClaimEntity claim = change.apply(changed -> {
                IdempotentAnswers.Answer kept = stored(fingerprint, answer.apply(changed));
                answers.keep(owner, key, kept);
                // The answer goes out as it was kept: written as JSON once, and the very bytes a retry gets.
                given.set(answered(kept).build());
            });
            return given.get() != null ? given.get() : answer.apply(claim);
        } catch (RuntimeException e) {
            // This key was answered before or while this request ran: it rolled back, and the first answer is given.
            Optional<IdempotentAnswers.Answer> first = answers.find(owner, key);
            if (first.isPresent()) {
                return replay(first.get(), fingerprint);
            }
            throw e;
        }
    }

    /** A header sent with a blank value reaches a {@code @HeaderParam} as absent; it is a client error, not "no key". */
    private Optional<String> sentEmpty() {
        List<String> values = headers.getRequestHeader(IdempotencyKey.HEADER);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Response replay(IdempotentAnswers.Answer answer, String fingerprint) {
        if (!answer.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        return answered(answer).header(REPLAYED_HEADER, "true").build();
    }

    /** A kept answer as a response: its status, type, body and Location. */
    private static Response.ResponseBuilder answered(IdempotentAnswers.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(answer.contentType())
                .entity(answer.body());
        answer.location().ifPresent(location -> response.header(HttpHeaders.LOCATION, location));
        return response;
    }

    private IdempotentAnswers.Answer stored(String fingerprint, Response response) {
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        return new IdempotentAnswers.Answer(fingerprint, response.getStatus(), type.toString(),
                Optional.ofNullable(location), toJson(response.getEntity()));
    }

    /** Keys are per caller: two customers (or a customer and staff) may happen to pick the same key. */
    private static String owner(Caller caller) {
        String owner = caller.role().label() + ":" + caller.id();
        return owner.length() <= 128 ? owner : sha256(owner);
    }

    private String fingerprint(String operation, Object request) {
        return sha256(operation + "\n" + toJson(request));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the request or its answer cannot be written as JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
