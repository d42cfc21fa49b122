package com.kospet.warranty.model.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceEntryTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anEntryIsWrittenAsRuleOutcomeAndReason() throws Exception {
        assertThat(json.writeValueAsString(new TraceEntry("WF-3", RuleOutcome.FAILED, "already replaced 2 time(s)")))
                .isEqualTo("{\"rule\":\"WF-3\",\"outcome\":\"FAILED\",\"reason\":\"already replaced 2 time(s)\"}");
    }

    @Test
    void anEntryWrittenBeforeOutcomesExistedReadsAsUnrecorded() throws Exception {
        TraceEntry old = json.readValue("{\"rule\":\"DR-1\",\"reason\":\"open until 2026-02-09\"}", TraceEntry.class);

        assertThat(old).isEqualTo(new TraceEntry("DR-1", RuleOutcome.UNRECORDED, "open until 2026-02-09"));
    }
}
