package com.kospet.warranty.claims.rest;

import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.Redirect;
import com.kospet.warranty.model.policy.TraceEntry;
import com.kospet.warranty.model.problem.ProblemDetail;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * The OpenAPI shape of a 422 that opening or completing a claim can answer: Problem Details whose not-eligible
 * kind carries the policy's trace. Documentation only; the answer itself is a {@link ProblemDetail} with these
 * extension members (see {@code ProblemMappers.notEligible}). Other members may appear, as on every Problem Details.
 */
@Schema(name = "RefusalProblem", description = "Problem Details of a refused claim. A not-eligible problem carries"
        + " policyVersion, requestType, trace and redirect; the other kinds carry rule and errors.")
public record RefusalProblem(
        URI type,
        String title,
        int status,
        String detail,
        @Schema(format = "uri-reference", description = "the request's path") URI instance,
        List<ProblemDetail.FieldError> errors,
        @Schema(description = "not-eligible: the policy version that decided") String policyVersion,
        @Schema(description = "not-eligible: the request type refused") RequestType requestType,
        @Schema(description = "not-eligible: the rules that decided, each with its outcome; the FAILED entries say why not")
        List<TraceEntry> trace,
        @Schema(deprecated = true, description = "Deprecated alias of trace, kept for one version: read trace instead")
        List<TraceEntry> reasons,
        @Schema(description = "not-eligible, SCOPE-1: where a purchase made elsewhere is looked after") Redirect redirect,
        @Schema(description = "The rule of a unit that takes no claim (UN-2, UN-3) or of a refused step") String rule) {
}
