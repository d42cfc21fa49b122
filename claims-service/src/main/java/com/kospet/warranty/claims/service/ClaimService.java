package com.kospet.warranty.claims.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimCommand;
import com.kospet.warranty.claims.domain.ClaimLifecycle;
import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.domain.NotEligibleException;
import com.kospet.warranty.claims.domain.NotFoundException;
import com.kospet.warranty.claims.domain.OrderLine;
import com.kospet.warranty.claims.domain.PolicyDecision;
import com.kospet.warranty.claims.domain.Transition;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.claims.persistence.OrderItem;
import com.kospet.warranty.claims.policy.PolicyGateway;
import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyQuestion;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** Opens claims under the policy and answers who may see them. */
@ApplicationScoped
public class ClaimService {

    private final PolicyGateway policy;
    private final ClaimLifecycle lifecycle;
    private final TransitionRecorder transitions;
    private final ClaimsConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final OrderService orders;
    private final UnitLedger units;

    public ClaimService(PolicyGateway policy, ClaimLifecycle lifecycle, TransitionRecorder transitions,
                        ClaimsConfig config, Clock clock, ObjectMapper json, MeterRegistry metrics, OrderService orders,
                        UnitLedger units) {
        this.orders = orders;
        this.units = units;
        this.policy = policy;
        this.lifecycle = lifecycle;
        this.transitions = transitions;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.metrics = metrics;
    }

    /** What a customer asks for; the order's facts come from the stored order, never from here. */
    public record Submission(String orderNumber, String unitId, RequestType requestType, Cause cause,
                             String description, String purchaseLink, int mediaCount, boolean carrierDamageProof,
                             String contactName, Optional<String> contactEmail, String locale) {
    }

    /**
     * Asks the policy about the stored order and, unless the requested type is NOT_ELIGIBLE, stores the
     * claim with its decision snapshot, its first history entry and its {@code claim.submitted} event in
     * one transaction. The policy is asked outside that transaction: no connection waits on a remote call.
     */
    public ClaimEntity submit(Submission submission, Caller caller) {
        return submit(submission, caller, AnswerRecorder.NONE);
    }

    /** The same, with the answer {@code recorder} keeps in the transaction that stores the claim. */
    public ClaimEntity submit(Submission submission, Caller caller, AnswerRecorder recorder) {
        OrderSnapshot order = orderFor(submission, caller);
        PolicyQuestion question = question(order, submission);
        PolicyDecision decision;
        try {
            decision = PolicyDecision.of(policy.evaluate(question), submission.requestType());
        } catch (NotEligibleException refused) {
            metrics.counter("claims.refused", "type", submission.requestType().name()).increment();
            throw refused;
        }
        ClaimEntity claim = store(order, submission, caller, question, decision, recorder);
        metrics.counter("claims.submitted", "type", submission.requestType().name()).increment();
        return claim;
    }

    @Transactional
    ClaimEntity store(OrderSnapshot order, Submission submission, Caller caller, PolicyQuestion question,
                      PolicyDecision decision, AnswerRecorder recorder) {
        // UN-1..UN-3 and WF-3 were read before the policy was asked; submissions for one order line take its
        // lock in turn and decide again on what is stored now, so of two at once the later sees the earlier.
        units.lock(order.orderNumber(), order.originalUnitId());
        OrderLine line = units.line(order.orderNumber(), order.originalUnitId());
        line.standing(order.unitId()).requireClaimable(caller.id());
        if (submission.requestType() == RequestType.WORRY_FREE_REPLACEMENT
                && line.worryFreeReplacements() != order.priorWorryFreeReplacements()) {
            // The policy decided WF-3 on a count that changed meanwhile: a conflict to retry, asked again.
            throw new OptimisticLockException("another WORRY FREE+ claim on the line of unit " + order.unitId()
                    + " of order " + order.orderNumber() + " was stored meanwhile");
        }
        Instant now = clock.instant();
        Transition opening = lifecycle.open(new ClaimCommand.Submit(decision), caller.role(), now);
        ClaimEntity claim = new ClaimEntity();
        claim.id = UUID.randomUUID();
        claim.orderNumber = order.orderNumber();
        claim.unitId = order.unitId();
        claim.originalUnitId = order.originalUnitId();
        claim.productModel = order.item().productModel;
        claim.customerId = order.customerId();
        claim.customerEmail = submission.contactEmail().orElse(order.customerEmail());
        claim.customerName = submission.contactName();
        claim.locale = submission.locale();
        claim.requestType = submission.requestType();
        claim.cause = submission.cause();
        claim.description = submission.description();
        claim.purchaseLink = submission.purchaseLink();
        claim.currency = order.currency();
        DecisionSnapshot.store(claim, question, decision, json);
        claim.createdAt = now;
        transitions.record(claim, opening, caller, now);
        recorder.record(claim);
        return claim;
    }

    /** The claim, if the caller may see it: a customer only their own, anything else is not found. */
    @Transactional
    public ClaimEntity visibleTo(UUID id, Caller caller) {
        return readableBy(id, caller);
    }

    /**
     * The same, to be read and answered only: no transaction of its own (a single select on an autocommit connection,
     * no BEGIN and COMMIT around it); inside a caller's transaction, it reads in that one.
     */
    public ClaimEntity readableBy(UUID id, Caller caller) {
        return Optional.<ClaimEntity>ofNullable(ClaimEntity.findById(id))
                .filter(claim -> !caller.isCustomer() || claim.customerId.equals(caller.id()))
                .orElseThrow(() -> new NotFoundException("claim " + id));
    }

    /**
     * The order facts a claim is decided on, read in one short transaction. {@code unitId} is the claimed unit,
     * {@code item} the order line it belongs to (UN-3: a replacement inherits its line's purchase).
     */
    record OrderSnapshot(String orderNumber, String customerId, String customerEmail, com.kospet.warranty.model.Channel channel,
                         LocalDate orderDate, LocalDate maxEstimatedDeliveryDate, LocalDate shippedDate,
                         LocalDate deliveredDate, String currency, String purchaseLink, String unitId,
                         String originalUnitId, OrderItem item, int priorWorryFreeReplacements) {

        /** WF-3 counts the WORRY FREE+ replacements of the whole line from the stored claims, never from the caller. */
        static OrderSnapshot of(OrderEntity order, String unitId, OrderLine line) {
            OrderItem item = order.item(line.originalUnitId()).orElseThrow();
            return new OrderSnapshot(order.orderNumber, order.customerId, order.customerEmail, order.channel,
                    order.orderDate, order.maxEstimatedDeliveryDate, order.shippedDate, order.deliveredDate,
                    order.currency, order.purchaseLink, unitId, line.originalUnitId(), item,
                    line.worryFreeReplacements());
        }
    }

    /**
     * @throws NotFoundException             the order is not the caller's
     * @throws InvalidRequestException       the order has no such unit
     * @throws com.kospet.warranty.claims.domain.OpenClaimException UN-1
     * @throws com.kospet.warranty.claims.domain.PolicyRuleViolationException UN-2, UN-3
     */
    @Transactional
    OrderSnapshot orderFor(Submission submission, Caller caller) {
        OrderEntity order = orders.visibleTo(submission.orderNumber(), caller);
        String original = units.originalUnitOf(order, submission.unitId()).orElseThrow(() ->
                InvalidRequestException.of("unitId", "order " + order.orderNumber + " has no unit " + submission.unitId()));
        OrderLine line = units.line(order.orderNumber, original);
        line.standing(submission.unitId()).requireClaimable(caller.id());
        return OrderSnapshot.of(order, submission.unitId(), line);
    }

    private PolicyQuestion question(OrderSnapshot order, Submission submission) {
        return question(order, submission.cause(), submission.mediaCount(), submission.purchaseLink(),
                submission.carrierDamageProof(), LocalDate.now(clock.withZone(config.zone())));
    }

    /**
     * What the policy is asked about one unit: the facts of the stored order and of the unit's order line (UN-3:
     * a replacement inherits the line's purchase), the line's WORRY FREE+ count (WF-3), and the customer's answers.
     */
    static PolicyQuestion question(OrderSnapshot order, Cause cause, int mediaCount, String purchaseLink,
                                   boolean carrierDamageProof, LocalDate requestDate) {
        Currency currency = Currency.getInstance(order.currency());
        return new PolicyQuestion(order.channel(), order.orderNumber(),
                purchaseLink != null ? purchaseLink : order.purchaseLink(), order.orderDate(),
                order.maxEstimatedDeliveryDate(), order.shippedDate(), order.deliveredDate(), requestDate,
                new Money(order.item().price, currency),
                order.item().shippingCost == null ? null : new Money(order.item().shippingCost, currency),
                order.item().productModel, cause, mediaCount, order.priorWorryFreeReplacements(), carrierDamageProof);
    }
}
