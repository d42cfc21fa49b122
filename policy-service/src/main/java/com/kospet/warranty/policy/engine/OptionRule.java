package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyOption;

/** The rules that decide one request type for a unit bought at the official store. */
sealed interface OptionRule
        permits DefectReturnRules, DefectReplacementRules, NoDefectReturnRules, CancellationRules,
        WorryFreeReplacementRules {

    RequestType type();

    PolicyOption decide(UnitFacts facts, PolicyParameters terms);
}
