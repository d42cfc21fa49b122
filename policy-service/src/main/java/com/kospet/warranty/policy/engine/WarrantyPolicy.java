package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.PolicyQuestion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The warranty policy (docs/policy.md) as a function of the facts of one purchased unit: one option per request
 * type, each with its status, deadline, money, shipping, missing requirements and the trace of the rules
 * that decided it. Stateless and thread-safe; plain Java, so it runs the same in a test and behind HTTP.
 */
public final class WarrantyPolicy {

    private static final List<OptionRule> RULES = List.of(
            new DefectReturnRules(),
            new DefectReplacementRules(),
            new NoDefectReturnRules(),
            new CancellationRules(),
            new WorryFreeReplacementRules());

    private final PolicyVersions versions;
    private final QuestionReader reader;

    /**
     * @param versions the policy versions, by effective-from
     * @param clock    "today", for questions without a request date
     */
    public WarrantyPolicy(PolicyVersions versions, Clock clock) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.reader = new QuestionReader(versions, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Answers a question under the version in force on its order date, with that version's service times (WF-6).
     *
     * @throws InvalidQuestion when the facts cannot be answered, naming each offending field
     */
    public PolicyAnswer evaluate(PolicyQuestion question) {
        QuestionReader.Read read = reader.read(question);
        UnitFacts facts = read.facts();
        PolicyParameters terms = read.terms();
        List<PolicyOption> options = new ArrayList<>(RULES.size());
        for (OptionRule rule : RULES) {
            options.add(ScopeRule.covers(facts.channel())
                    ? rule.decide(facts, terms)
                    : ScopeRule.redirect(rule.type(), facts, terms));
        }
        return new PolicyAnswer(terms.version(), facts.requestDate(), terms.serviceTimes(), options);
    }

    public PolicyVersions versions() {
        return versions;
    }
}
