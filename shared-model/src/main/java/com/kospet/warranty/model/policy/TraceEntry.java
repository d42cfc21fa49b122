package com.kospet.warranty.model.policy;

/** One rule that decided an outcome, with a reason a support agent can read aloud. */
public record TraceEntry(String rule, String reason) {
}
