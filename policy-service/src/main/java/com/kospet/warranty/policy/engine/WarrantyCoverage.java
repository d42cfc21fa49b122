package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.Requirement;

import java.util.List;
import java.util.Optional;

/**
 * WQ-1 and EX-4, shared by the defect types: the warranty covers quality problems, and transit damage
 * only with the carrier's proof. Accident causes are steered to WORRY FREE+.
 */
final class WarrantyCoverage {

    private WarrantyCoverage() {
    }

    static void check(OptionDraft option, UnitFacts facts) {
        Optional<Cause> cause = facts.cause();
        if (cause.isEmpty()) {
            option.uncheck(Rule.WQ_1, "applies to a quality problem, or to transit damage with the carrier's proof; no cause given");
            return;
        }
        switch (cause.get().family()) {
            case QUALITY -> option.pass(Rule.WQ_1, "a quality problem is covered by the warranty");
            case TRANSIT -> {
                if (facts.carrierDamageProof()) {
                    option.pass(Rule.EX_4, "transit damage with the carrier's proof of damage in transit is covered");
                } else {
                    option.require(Rule.EX_4, List.of(Requirement.CARRIER_DAMAGE_PROOF),
                            "transit damage is covered only with the carrier's proof of damage in transit");
                }
            }
            case ACCIDENT -> option.refuse(Rule.WQ_1, cause.get() + " is an accident, not a quality problem: physical damage is"
                    + " not covered by the warranty; see " + RequestType.WORRY_FREE_REPLACEMENT);
            case NO_PROBLEM -> option.refuse(Rule.WQ_1, "no quality problem: the warranty does not apply; see "
                    + RequestType.NO_DEFECT_RETURN);
        }
    }
}
