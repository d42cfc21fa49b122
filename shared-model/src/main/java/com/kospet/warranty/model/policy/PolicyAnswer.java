package com.kospet.warranty.model.policy;

import java.time.LocalDate;
import java.util.List;

/** The policy's answer: one option per request type, decided under {@code policyVersion}. */
public record PolicyAnswer(String policyVersion, LocalDate evaluatedOn, List<PolicyOption> options) {

    public PolicyAnswer {
        options = List.copyOf(options);
    }
}
