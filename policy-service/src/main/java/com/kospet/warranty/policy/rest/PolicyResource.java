package com.kospet.warranty.policy.rest;

import com.kospet.warranty.model.problem.ProblemDetail;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyQuestion;
import com.kospet.warranty.policy.engine.PolicyParameters;
import com.kospet.warranty.policy.engine.PolicyVersions;
import com.kospet.warranty.policy.engine.WarrantyPolicy;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The policy over HTTP. Thin on purpose: the engine decides, this class only carries questions and answers.
 * Everything runs on the I/O thread ({@link NonBlocking}): the engine does no I/O.
 */
@Path("/api/policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "policy", description = "What a customer may do with one purchased unit, and why")
public class PolicyResource {

    private final WarrantyPolicy policy;
    private final Clock clock;

    public PolicyResource(WarrantyPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** The versions and their parameters, oldest first, and the one in force for orders placed today. */
    public record PolicyVersionsView(String inForceToday, List<PolicyVersionView> versions) {
    }

    /** The version in force for orders placed today. */
    public record CurrentVersion(String version, LocalDate effectiveFrom) {
    }

    @POST
    @Path("/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @NonBlocking
    @Operation(summary = "Evaluate the policy for one purchased unit",
            description = "One option per request type, each with status, deadline, money, shipping legs, missing"
                    + " requirements and the trace of the rules (rule IDs of docs/policy.md) that decided it: each entry names its"
                    + " rule, its outcome (PASSED, FAILED, INCOMPLETE, APPLIED, UNCHECKED) and a reason to read aloud, so the"
                    + " FAILED entries say why an option is not offered and the INCOMPLETE ones what is missing. The version in force on"
                    + " the order date answers, and the answer carries that version's WF-6 service times (`serviceTimes`), which a"
                    + " claim opened on it keeps for its deadlines.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PolicyQuestion.class),
            examples = {
                    @ExampleObject(name = "defect within the return window", value = Examples.QUESTION),
                    @ExampleObject(name = "bought on Amazon", value = Examples.AMAZON_QUESTION)}))
    @APIResponse(responseCode = "200", description = "The options, decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyAnswer.class),
                    examples = @ExampleObject(name = "defect within the return window (two of five options)", value = Examples.ANSWER)))
    @APIResponse(responseCode = "400", description = "The facts cannot be evaluated; each offending field is named",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "missing order date, negative price", value = Examples.INVALID_QUESTION)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than any question (quarkus.http.limits.max-body-size)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "429", description = "This client address asked more questions than rate-limit.* allows;"
            + " Retry-After says in how many seconds it may ask again",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public PolicyAnswer evaluate(PolicyQuestion question) {
        return policy.evaluate(question);
    }

    @GET
    @NonBlocking
    @Operation(summary = "The policy versions with their parameters and effective-from dates")
    @APIResponse(responseCode = "200", description = "Every configured version, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyVersionsView.class)))
    public PolicyVersionsView versions() {
        PolicyVersions versions = policy.versions();
        return new PolicyVersionsView(
                inForceToday(versions).version(),
                versions.oldestFirst().stream().map(PolicyVersionView::of).toList());
    }

    @GET
    @Path("/current")
    @NonBlocking
    @Operation(summary = "The policy version in force for orders placed today")
    @APIResponse(responseCode = "200", description = "Name and effective-from date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurrentVersion.class),
                    examples = @ExampleObject(name = "2024-01", value = Examples.CURRENT)))
    public CurrentVersion current() {
        PolicyParameters current = inForceToday(policy.versions());
        return new CurrentVersion(current.version(), current.effectiveFrom());
    }

    private PolicyParameters inForceToday(PolicyVersions versions) {
        LocalDate today = LocalDate.now(clock.withZone(versions.earliest().zone()));
        return versions.inForceOn(today).orElse(versions.earliest());
    }
}
