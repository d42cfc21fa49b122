package com.kospet.warranty.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.domain.PolicyDecision;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.model.policy.PolicyQuestion;
import com.kospet.warranty.model.policy.Requirement;

import java.util.stream.Collectors;

/**
 * The policy's decision a claim stands on, stored on the claim as a snapshot: the question asked, the
 * option answered for the claim's type, and the figures taken from it. Later changes to the order or
 * the policy never rewrite it; only asking again (a completed claim) replaces it.
 */
final class DecisionSnapshot {

    private DecisionSnapshot() {
    }

    static void store(ClaimEntity claim, PolicyQuestion question, PolicyDecision decision, ObjectMapper json) {
        claim.policyQuestion = toJson(json, question);
        claim.policyVersion = decision.policyVersion();
        claim.decisionStatus = decision.status();
        claim.decision(toJson(json, decision.option()), decision.option());
        claim.policyDeadline = decision.option().deadline();
        claim.refund = decision.refund().orElse(null);
        claim.depreciation = decision.depreciation().orElse(null);
        claim.priceDifference = decision.priceDifference().orElse(null);
        claim.customerShipping = decision.customerShipping().orElse(null);
        claim.missingRequirements = decision.missingRequirements().stream().map(Requirement::name)
                .collect(Collectors.joining(","));
    }

    private static String toJson(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the policy's decision could not be stored", e);
        }
    }
}
