package com.kospet.warranty.model.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The policy's answer: one option per request type, decided under {@code policyVersion}, and that version's
 * WF-6 service times, which a claim opened on the answer keeps.
 */
public record PolicyAnswer(String policyVersion, LocalDate evaluatedOn, ServiceTimes serviceTimes,
                           List<PolicyOption> options) {

    public PolicyAnswer {
        options = List.copyOf(options);
    }
}
