package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.ActionForbiddenException;
import com.kospet.warranty.claims.domain.IdempotencyKeyReusedException;
import com.kospet.warranty.claims.domain.ClaimClosedException;
import com.kospet.warranty.claims.domain.EvidenceLimitExceededException;
import com.kospet.warranty.claims.domain.EvidenceMediaType;
import com.kospet.warranty.claims.domain.UnsupportedEvidenceTypeException;
import com.kospet.warranty.claims.domain.IllegalTransitionException;
import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.domain.PolicyRuleViolationException;
import com.kospet.warranty.claims.domain.NotEligibleException;
import com.kospet.warranty.claims.domain.NotFoundException;
import com.kospet.warranty.claims.domain.OpenClaimException;
import com.kospet.warranty.claims.domain.PolicyRefusedQuestionException;
import com.kospet.warranty.claims.domain.UnitIdTakenException;
import com.kospet.warranty.claims.domain.PolicyUnavailableException;
import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.http.CommonProblems;
import com.kospet.warranty.http.ProblemResponses;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import static com.kospet.warranty.http.ProblemResponses.respond;

/**
 * Every error of this service's own as RFC 9457 Problem Details, one mapper per kind of problem; 401, 403, a body
 * that is not the JSON an operation reads, and the framework's HTTP errors come from {@code http-problems}'
 * {@code CommonProblemMappers}, and the kinds every service shares are built by its {@code CommonProblems}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return respond(uri, CommonProblems.invalidRequest(e.getMessage(), e.violations().stream()
                .map(v -> new ProblemDetail.FieldError(v.field(), v.message())).toList()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        return respond(uri, CommonProblems.invalidRequest(errors.size() + " invalid field(s)", errors));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(409, "illegal-transition", "Not possible in the claim's current state",
                        e.getMessage())
                .with("currentStatus", e.currentStatus())
                .with("action", e.action().pathName()));
    }

    /** Two agents changed the claim at once: the other one won; read the claim again before acting. */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleStateException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response actionForbidden(ActionForbiddenException e, UriInfo uri) {
        return respond(uri, CommonProblems.forbidden(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response policyRule(PolicyRuleViolationException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(422, "policy-rule", "Refused by the warranty policy", e.getMessage())
                .with("rule", e.rule())
                .withErrors(e.fields().stream().map(field -> new ProblemDetail.FieldError(field, e.getMessage())).toList()));
    }

    @ServerExceptionMapper
    public Response notEligible(NotEligibleException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(422, "not-eligible", "Not eligible under the warranty policy",
                        e.option().type() + " is not available for this unit")
                .with("policyVersion", e.policyVersion())
                .with("requestType", e.option().type())
                .with("trace", e.option().trace())
                .with("reasons", e.option().trace()) // deprecated alias of trace, for clients of the previous version
                .with("redirect", e.option().redirect()));
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(422, "idempotency-key-reused", "Idempotency-Key used for another request",
                e.getMessage()));
    }

    @ServerExceptionMapper
    public Response policyUnavailable(PolicyUnavailableException e, UriInfo uri) {
        LOG.warnf("policy service unavailable: %s", e.getCause() == null ? e.getMessage() : e.getCause().toString());
        return Response.fromResponse(respond(uri, ProblemDetail.of(503, "policy-unavailable", "Policy service unavailable",
                "the claim could not be decided now; nothing was stored. Please try again shortly.")))
                .header("Retry-After", "10").build();
    }

    /** UN-1: one open claim per unit; the open claim is named to its own customer only. */
    @ServerExceptionMapper
    public Response openClaim(OpenClaimException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(409, "open-claim", "The unit already has an open claim", e.getMessage())
                .with("rule", "UN-1")
                .with("unitId", e.unitId())
                .with("openClaimId", e.openClaimId().orElse(null)));
    }

    /** UN-3: a replacement unit's serial that already names a unit. */
    @ServerExceptionMapper
    public Response unitIdTaken(UnitIdTakenException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(409, "unit-id-taken", "The serial already names a unit", e.getMessage())
                .with("rule", "UN-3")
                .withErrors(List.of(new ProblemDetail.FieldError("newUnitId", "already names a unit"))));
    }

    /**
     * The database's own guards of UN-1 and UN-3, for a request that got past the checks before them; any other
     * constraint is a fault of this service, not of the request.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String constraint = e.getConstraintName() == null ? "" : e.getConstraintName();
        if (constraint.contains("claims_one_open_per_unit")) {
            return respond(uri, ProblemDetail.of(409, "open-claim", "The unit already has an open claim",
                    "the unit already has an open claim; a unit has one claim at a time").with("rule", "UN-1"));
        }
        if (constraint.contains("replacement_units")) {
            return respond(uri, ProblemDetail.of(409, "unit-id-taken", "The serial already names a unit",
                    "the new unit's serial already names a unit, or the unit was already replaced").with("rule", "UN-3"));
        }
        return databaseOrUnexpected(e, uri);
    }

    /** The policy refused the facts it was asked about: the stored order's facts, not an outage. */
    @ServerExceptionMapper
    public Response policyRefusedQuestion(PolicyRefusedQuestionException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(422, "order-facts-refused", "The policy cannot decide on the order's facts",
                        e.getMessage())
                .withErrors(e.violations().stream()
                        .map(v -> new ProblemDetail.FieldError(v.field(), v.message())).toList()));
    }

    /**
     * The body could not be read to its end: the client cut it off, or a multipart upload is malformed. Logged at
     * WARN, as a disk that cannot hold an upload's parts shows here too.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        LOG.warnf("request body unreadable: %s", e.toString());
        return respond(uri, ProblemDetail.of(400, "unreadable-body", "Unreadable request body",
                "the request body ended early or is not well-formed"));
    }

    /** A JSON body over its limit, found while reading one sent without Content-Length. */
    @ServerExceptionMapper
    public Response jsonBodyTooLarge(JsonBodyTooLargeException e, UriInfo uri) {
        return respond(uri, CommonProblems.requestTooLarge(e.maximum()));
    }

    /** PostgreSQL down, frozen or restarting: a 503 to retry; the pool reconnects by itself once it is back. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        return databaseOrUnexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response sql(SQLException e, UriInfo uri) {
        return databaseOrUnexpected(e, uri);
    }

    /**
     * Any other runtime failure: a 500 with a logged error id, unless the database turns out to be its cause
     * (wrapped by a transaction or a scheduler, it is no persistence exception itself).
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        return databaseOrUnexpected(e, uri);
    }

    private static Response databaseOrUnexpected(Exception e, UriInfo uri) {
        if (!DatabaseUnavailable.causes(e)) {
            return ProblemResponses.unexpected(uri, 500, "Internal Server Error", e);
        }
        LOG.warnf("database unavailable: %s", rootCause(e));
        return Response.fromResponse(respond(uri, ProblemDetail.of(503, "database-unavailable", "Temporarily unavailable",
                        "the claims database cannot be reached; nothing was changed. Please try again shortly.")))
                .header("Retry-After", "5").build();
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    @ServerExceptionMapper
    public Response claimClosed(ClaimClosedException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(409, "claim-closed", "The claim is closed", e.getMessage())
                .with("currentStatus", e.currentStatus()));
    }

    /** DP-2 evidence over a limit: one file, the claim's total, or the number of files. */
    @ServerExceptionMapper
    public Response evidenceLimit(EvidenceLimitExceededException e, UriInfo uri) {
        String slug = switch (e.limit()) {
            case FILE_SIZE -> "evidence-file-too-large";
            case CLAIM_SIZE -> "evidence-quota-exceeded";
            case FILE_COUNT -> "evidence-file-count-exceeded";
        };
        return respond(uri, ProblemDetail.of(413, slug, "Too much evidence", e.getMessage())
                .with("limit", e.limit())
                .with("maximum", e.maximum())
                .with("fileName", e.fileName().orElse(null)));
    }

    @ServerExceptionMapper
    public Response unsupportedEvidence(UnsupportedEvidenceTypeException e, UriInfo uri) {
        return respond(uri, ProblemDetail.of(415, "unsupported-evidence-type", "Not a picture or video of an accepted type",
                        e.getMessage())
                .with("fileName", e.fileName())
                .with("detectedType", e.sniffedType())
                .with("accepted", EvidenceMediaType.accepted()));
    }

    private static Response concurrentChange(UriInfo uri) {
        return respond(uri, ProblemDetail.of(409, "concurrent-change", "The claim changed meanwhile",
                "someone else changed this claim at the same time; read it again and retry if the action still applies"));
    }

    /** {@code submit.request.items[0].price} → {@code items[0].price}: the field as the client sent it. */
    private static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
