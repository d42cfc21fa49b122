package com.kospet.warranty.model.policy;

public enum OptionStatus {
    ELIGIBLE,
    /** Eligible once the listed requirements are supplied. */
    INCOMPLETE,
    NOT_ELIGIBLE
}
