package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.OptionMoney;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.model.policy.ShippingCharge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the policy decided about the type a claim is for, under {@code policyVersion}: ELIGIBLE, or INCOMPLETE
 * with what is missing (DP-2, EX-4), and the version's WF-6 service times the claim keeps for its deadlines.
 * A NOT_ELIGIBLE option never becomes a decision, so no claim is opened or changed on one.
 */
public record PolicyDecision(String policyVersion, PolicyOption option, ServiceTimes serviceTimes) {

    public PolicyDecision {
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(serviceTimes, "the policy's answer names no service times");
    }

    /**
     * The option {@code answer} gives for {@code type}.
     *
     * @throws NotEligibleException when the policy answers NOT_ELIGIBLE for it
     */
    public static PolicyDecision of(PolicyAnswer answer, RequestType type) {
        PolicyOption option = answer.options().stream()
                .filter(candidate -> candidate.type() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the policy gave no option for " + type));
        if (option.status() == OptionStatus.NOT_ELIGIBLE) {
            throw new NotEligibleException(option, answer.policyVersion());
        }
        return new PolicyDecision(answer.policyVersion(), option, answer.serviceTimes());
    }

    public RequestType type() {
        return option.type();
    }

    public OptionStatus status() {
        return option.status();
    }

    public List<Requirement> missingRequirements() {
        return option.requirements();
    }

    public Optional<BigDecimal> refund() {
        return amount(OptionMoney::refund);
    }

    public Optional<BigDecimal> depreciation() {
        return amount(OptionMoney::depreciation);
    }

    /** WF-4: the WORRY FREE+ price difference, an estimate until staff confirm it. */
    public Optional<BigDecimal> priceDifference() {
        return amount(OptionMoney::priceDifference);
    }

    /** The shipping legs the customer pays, summed; empty when the store pays every leg. */
    public Optional<BigDecimal> customerShipping() {
        return option.shipping().stream()
                .filter(charge -> charge.payer() == ShippingCharge.Payer.CUSTOMER && charge.cost() != null)
                .map(charge -> charge.cost().amount())
                .reduce(BigDecimal::add);
    }

    /** How the history names the decision, e.g. {@code policy 2024-01: INCOMPLETE}. */
    public String describe() {
        return "policy " + policyVersion + ": " + option.status();
    }

    private Optional<BigDecimal> amount(Function<OptionMoney, Money> figure) {
        return Optional.ofNullable(option.money()).map(figure).map(Money::amount);
    }
}
