package com.kospet.warranty.model;

/** Why staff refuse a claim: the exclusions of the policy (EX-1 … EX-5). */
public enum RejectionReason {
    /** EX-1: beyond the warranty period. */
    BEYOND_WARRANTY_PERIOD("EX-1"),
    /** EX-2: no legal proof of purchase, or proof believed forged or tampered with. */
    NO_VALID_PROOF_OF_PURCHASE("EX-2"),
    /** EX-3: free of defects after testing. */
    NO_DEFECT_FOUND("EX-3"),
    /** EX-3: failure caused by unauthorized use or modification. */
    UNAUTHORIZED_USE_OR_MODIFICATION("EX-3"),
    /** EX-4: transit damage without the carrier's proof. */
    TRANSIT_DAMAGE_WITHOUT_PROOF("EX-4"),
    /** EX-5: another situation the policy names; needs a note. */
    OTHER("EX-5");

    private final String rule;

    RejectionReason(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
