package com.kospet.warranty.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimAction;
import com.kospet.warranty.claims.domain.ClaimCommand;
import com.kospet.warranty.claims.domain.ClaimLifecycle;
import com.kospet.warranty.claims.domain.IllegalTransitionException;
import com.kospet.warranty.claims.domain.NotEligibleException;
import com.kospet.warranty.claims.domain.PolicyDecision;
import com.kospet.warranty.claims.domain.Transition;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.policy.PolicyGateway;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Completes an INCOMPLETE claim (DP-2, EX-4): the customer supplies what the policy listed as missing,
 * the policy is asked again about the same order facts and request day the claim was opened with, and
 * the new decision replaces the snapshot, with a history row and a {@code claim.updated} event in one
 * transaction. As when opening a claim, the policy is asked outside that transaction.
 */
@ApplicationScoped
public class ClaimCompletion {

    private final ClaimService claims;
    private final PolicyGateway policy;
    private final ClaimLifecycle lifecycle;
    private final TransitionRecorder transitions;
    private final Clock clock;
    private final ObjectMapper json;

    public ClaimCompletion(ClaimService claims, PolicyGateway policy, ClaimLifecycle lifecycle,
                           TransitionRecorder transitions, Clock clock, ObjectMapper json) {
        this.claims = claims;
        this.policy = policy;
        this.lifecycle = lifecycle;
        this.transitions = transitions;
        this.clock = clock;
        this.json = json;
    }

    /** What the customer adds; an absent item keeps what the claim was decided on. */
    public record Evidence(Optional<String> purchaseLink, Optional<Integer> mediaCount,
                           Optional<Boolean> carrierDamageProof) {
    }

    /**
     * @throws com.kospet.warranty.claims.domain.NotFoundException when the claim is not the caller's
     * @throws IllegalTransitionException when the claim no longer awaits confirmation
     * @throws NotEligibleException       when the policy now refuses the claim's type; nothing changes
     * @param recorder keeps the answer in the transaction of the new decision (Idempotency-Key)
     */
    public ClaimEntity complete(UUID id, Evidence evidence, Caller caller, AnswerRecorder recorder) {
        Decided decided = decided(id, caller);
        PolicyQuestion question = withEvidence(decided.question(), evidence, decided.uploadedEvidence());
        PolicyDecision decision = PolicyDecision.of(policy.evaluate(question), decided.type());
        return store(id, decided.version(), evidence, question, decision, caller, recorder);
    }

    /** The question a claim was decided on, the evidence uploaded to it since, and the version of the claim it was read from. */
    record Decided(PolicyQuestion question, RequestType type, long version, int uploadedEvidence) {
    }

    @Transactional
    Decided decided(UUID id, Caller caller) {
        ClaimEntity claim = claims.visibleTo(id, caller);
        // Checked before asking the policy; the lifecycle checks again when storing.
        if (!ClaimAction.COMPLETE.isAllowed(claim.status, claim.requestType)) {
            throw new IllegalTransitionException(ClaimAction.COMPLETE, claim.status, claim.requestType);
        }
        if (claim.policyQuestion == null) {
            throw new IllegalStateException("claim " + id + " has no stored policy question");
        }
        try {
            return new Decided(json.readValue(claim.policyQuestion, PolicyQuestion.class), claim.requestType, claim.version,
                    claim.evidenceCount);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored policy question of claim " + id + " is unreadable", e);
        }
    }

    @Transactional
    ClaimEntity store(UUID id, long version, Evidence evidence, PolicyQuestion question, PolicyDecision decision,
                      Caller caller, AnswerRecorder recorder) {
        ClaimEntity claim = claims.visibleTo(id, caller);
        if (claim.version != version) {
            // Changed while the policy was asked: the decision may no longer apply to it.
            throw new OptimisticLockException("claim " + id + " changed meanwhile");
        }
        Instant now = clock.instant();
        Transition transition = lifecycle.decide(claim.state(), new ClaimCommand.Complete(decision), caller.role(), now);
        DecisionSnapshot.store(claim, question, decision, json);
        evidence.purchaseLink().ifPresent(link -> claim.purchaseLink = link);
        transitions.record(claim, transition, caller, now);
        recorder.record(claim);
        return claim;
    }

    /**
     * The question asked again with what the customer added. DP-2's pictures and videos count as many as the
     * customer says they supplied, or as many as they uploaded here, whichever is more.
     */
    private static PolicyQuestion withEvidence(PolicyQuestion asked, Evidence evidence, int uploadedEvidence) {
        int declared = evidence.mediaCount().orElse(asked.mediaCount() == null ? 0 : asked.mediaCount());
        return new PolicyQuestion(asked.channel(), asked.orderNumber(),
                evidence.purchaseLink().orElse(asked.purchaseLink()), asked.orderDate(),
                asked.maxEstimatedDeliveryDate(), asked.shippedDate(), asked.deliveredDate(), asked.requestDate(),
                asked.price(), asked.shippingCost(), asked.productModel(), asked.cause(),
                Math.max(declared, uploadedEvidence), asked.priorWorryFreeReplacements(),
                evidence.carrierDamageProof().orElse(asked.carrierDamageProof()));
    }
}
