package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.OrderLine;
import com.kospet.warranty.claims.domain.UnitStanding;
import com.kospet.warranty.claims.policy.PolicyGateway;
import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.RuleOutcome;
import com.kospet.warranty.model.policy.TraceEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "What can I do with this unit?" for a stored order: per unit, the policy's answer on the facts a claim would
 * be decided on today (the order as stored, the line's WORRY FREE+ count), with UN-1..UN-3 applied as a claim
 * would meet them. The storefront shows this instead of rebuilding the facts itself.
 */
@ApplicationScoped
public class OrderQuotes {

    private final OrderService orders;
    private final PolicyGateway policy;
    private final ClaimsConfig config;
    private final Clock clock;

    public OrderQuotes(OrderService orders, PolicyGateway policy, ClaimsConfig config, Clock clock) {
        this.orders = orders;
        this.policy = policy;
        this.config = config;
        this.clock = clock;
    }

    /** What the customer would tell a claim; absent answers are the quote's defaults. */
    public record Answers(Cause cause, int mediaCount, boolean carrierDamageProof) {
    }

    /**
     * @param openClaimId the claim open on the unit, named to staff and to the claim's own customer only
     */
    public record UnitQuote(String unitId, String originalUnitId, UnitStanding.State state, Optional<UUID> openClaimId,
                            int worryFreeReplacements, String policyVersion, List<PolicyOption> options) {
    }

    public record Quote(String orderNumber, LocalDate requestDate, List<UnitQuote> units) {
    }

    /** The policy is asked once per unit, outside any transaction. */
    public Quote quote(String orderNumber, Caller caller, Answers answers) {
        OrderService.OrderUnits order = orders.withUnits(orderNumber, caller);
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        List<UnitQuote> quotes = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            for (UnitStanding standing : line.units()) {
                ClaimService.OrderSnapshot facts = ClaimService.OrderSnapshot.of(order.order(), standing.unitId(), line);
                PolicyAnswer answer = policy.evaluate(ClaimService.question(facts, answers.cause(), answers.mediaCount(),
                        null, answers.carrierDamageProof(), today));
                List<PolicyOption> options = standing.refusal()
                        .map(refusal -> answer.options().stream().map(option -> refused(option, refusal)).toList())
                        .orElse(answer.options());
                quotes.add(new UnitQuote(standing.unitId(), line.originalUnitId(), standing.state(),
                        standing.openClaimShownTo(caller.customerId()),
                        line.worryFreeReplacements(), answer.policyVersion(), options));
            }
        }
        return new Quote(order.order().orderNumber, today, quotes);
    }

    /** A unit that takes no claim (UN-1..UN-3): every option is refused, for that rule's reason alone. */
    private static PolicyOption refused(PolicyOption option, UnitStanding.Refusal refusal) {
        return new PolicyOption(option.type(), OptionStatus.NOT_ELIGIBLE, null, null, List.of(), List.of(),
                option.redirect(), List.of(new TraceEntry(refusal.rule(), RuleOutcome.FAILED, refusal.reason())));
    }
}
