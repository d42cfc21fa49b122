package com.kospet.warranty.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.PolicyQuestion;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ShippingCharge;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * The policy's decision a claim stands on, stored on the claim as a snapshot: the question asked, the
 * option answered for the claim's type, and the figures taken from it. Later changes to the order or
 * the policy never rewrite it; only asking again (a completed claim) replaces it.
 */
final class DecisionSnapshot {

    private DecisionSnapshot() {
    }

    static void store(ClaimEntity claim, PolicyQuestion question, String policyVersion, PolicyOption option,
                      ObjectMapper json) {
        claim.policyQuestion = toJson(json, question);
        claim.policyVersion = policyVersion;
        claim.decisionStatus = option.status();
        claim.decision = toJson(json, option);
        claim.policyDeadline = option.deadline();
        claim.refund = null;
        claim.depreciation = null;
        claim.priceDifference = null;
        if (option.money() != null) {
            claim.refund = amount(option.money().refund());
            claim.depreciation = amount(option.money().depreciation());
            claim.priceDifference = amount(option.money().priceDifference());
        }
        claim.customerShipping = customerShipping(option);
        claim.missingRequirements = option.requirements().stream().map(Requirement::name).collect(Collectors.joining(","));
    }

    /** The legs the customer pays, summed; absent when the store pays every leg. */
    static BigDecimal customerShipping(PolicyOption option) {
        return option.shipping().stream()
                .filter(charge -> charge.payer() == ShippingCharge.Payer.CUSTOMER && charge.cost() != null)
                .map(charge -> charge.cost().amount())
                .reduce(BigDecimal::add)
                .orElse(null);
    }

    static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static String toJson(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the policy's decision could not be stored", e);
        }
    }
}
