package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.policy.PolicyOption;

/** The policy answers NOT_ELIGIBLE for the requested type: no claim is opened. */
public class NotEligibleException extends RuntimeException {

    private final PolicyOption option;
    private final String policyVersion;

    public NotEligibleException(PolicyOption option, String policyVersion) {
        super(option.type() + " is not eligible under policy " + policyVersion);
        this.option = option;
        this.policyVersion = policyVersion;
    }

    public PolicyOption option() {
        return option;
    }

    public String policyVersion() {
        return policyVersion;
    }
}
