package com.kospet.warranty.policy.engine;

/**
 * The rules of the policy by their stable IDs, each defined in the repository's rulebook, {@code docs/policy.md}
 * at the root (kept in step with this enum and the rule IDs claims-service names by {@code RulebookTest}).
 * Every trace entry names one of these.
 */
public enum Rule {
    SCOPE_1("SCOPE-1"),
    DR_1("DR-1"),
    DR_2("DR-2"),
    DP_1("DP-1"),
    DP_2("DP-2"),
    DP_3("DP-3"),
    ND_1("ND-1"),
    ND_2("ND-2"),
    CX_1("CX-1"),
    CX_2("CX-2"),
    CX_3("CX-3"),
    EX_1("EX-1"),
    EX_2("EX-2"),
    EX_3("EX-3"),
    EX_4("EX-4"),
    EX_5("EX-5"),
    WQ_1("WQ-1"),
    WF_1("WF-1"),
    WF_2("WF-2"),
    WF_3("WF-3"),
    WF_4("WF-4"),
    WF_5("WF-5"),
    WF_6("WF-6"),
    DB_1("DB-1");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** The ID as docs/policy.md writes it, e.g. {@code DR-1}. */
    public String id() {
        return id;
    }
}
