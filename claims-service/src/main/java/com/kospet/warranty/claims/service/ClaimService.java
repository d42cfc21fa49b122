package com.kospet.warranty.claims.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.domain.NotEligibleException;
import com.kospet.warranty.claims.domain.NotFoundException;
import com.kospet.warranty.claims.events.OutboxWriter;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.claims.persistence.OrderEntity;
import com.kospet.warranty.claims.persistence.OrderItem;
import com.kospet.warranty.claims.policy.PolicyGateway;
import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.PolicyQuestion;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** Opens claims under the policy and answers who may see them. */
@ApplicationScoped
public class ClaimService {

    private static final Logger LOG = Logger.getLogger(ClaimService.class);

    private final PolicyGateway policy;
    private final OutboxWriter outbox;
    private final ClaimsConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public ClaimService(PolicyGateway policy, OutboxWriter outbox, ClaimsConfig config, Clock clock, ObjectMapper json,
                        MeterRegistry metrics) {
        this.policy = policy;
        this.outbox = outbox;
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
        PolicyAnswer answer = policy.evaluate(question);
        PolicyOption option = answer.options().stream()
                .filter(candidate -> candidate.type() == submission.requestType())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the policy gave no option for " + submission.requestType()));
        if (option.status() == OptionStatus.NOT_ELIGIBLE) {
            metrics.counter("claims.refused", "type", submission.requestType().name()).increment();
            throw new NotEligibleException(option, answer.policyVersion());
        }
        ClaimEntity claim = store(order, submission, caller, question, answer, option, recorder);
        metrics.counter("claims.submitted", "type", submission.requestType().name()).increment();
        LOG.infof("claim %s opened: %s, %s", claim.id, claim.requestType, option.status());
        return claim;
    }

    @Transactional
    ClaimEntity store(OrderSnapshot order, Submission submission, Caller caller, PolicyQuestion question,
                      PolicyAnswer answer, PolicyOption option, AnswerRecorder recorder) {
        if (submission.requestType() == RequestType.WORRY_FREE_REPLACEMENT) {
            guardWorryFreeLimit(order);
        }
        Instant now = clock.instant();
        ClaimEntity claim = new ClaimEntity();
        claim.id = UUID.randomUUID();
        claim.orderNumber = order.orderNumber();
        claim.unitId = order.item().unitId;
        claim.productModel = order.item().productModel;
        claim.customerId = order.customerId();
        claim.customerEmail = submission.contactEmail().orElse(order.customerEmail());
        claim.customerName = submission.contactName();
        claim.locale = submission.locale();
        claim.requestType = submission.requestType();
        claim.cause = submission.cause();
        claim.description = submission.description();
        claim.purchaseLink = submission.purchaseLink();
        claim.status = ClaimStatus.AWAITING_CONFIRMATION;
        claim.currency = order.currency();
        DecisionSnapshot.store(claim, question, answer.policyVersion(), option, json);
        claim.confirmBy = now.plus(config.confirmWithin());
        claim.openDeadline = claim.confirmBy;
        claim.createdAt = now;
        claim.updatedAt = now;
        claim.persist();

        ClaimHistoryEntity history = new ClaimHistoryEntity();
        history.claimId = claim.id;
        history.occurredAt = now;
        history.actor = caller.id();
        history.role = caller.role().label();
        history.action = "submit";
        history.fromStatus = null;
        history.toStatus = claim.status;
        history.reason = "policy " + answer.policyVersion() + ": " + option.status();
        history.persist();

        outbox.append(ClaimEventType.SUBMITTED, claim, null);
        recorder.record(claim);
        return claim;
    }

    /** WORRY FREE+ claims of a unit that still count towards WF-3's limit: all but the refused, withdrawn and expired. */
    private static long worryFreeReplacementsOf(String orderNumber, String unitId) {
        return ClaimEntity.count("orderNumber = ?1 and unitId = ?2 and requestType = ?3 and status not in (?4)",
                orderNumber, unitId, RequestType.WORRY_FREE_REPLACEMENT,
                java.util.List.of(ClaimStatus.REJECTED, ClaimStatus.CANCELLED, ClaimStatus.EXPIRED));
    }

    /**
     * The policy decided WF-3 on a count read before it was asked. Two submissions for one unit at once must not
     * both pass it: they take the unit's lock in turn, and the later one, finding another claim stored meanwhile,
     * is a conflict to retry (when it does, the policy counts that claim too).
     */
    private static void guardWorryFreeLimit(OrderSnapshot order) {
        ClaimEntity.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) unit_lock")
                .setParameter(1, "wf3:" + order.orderNumber() + "/" + order.item().unitId)
                .getSingleResult();
        if (worryFreeReplacementsOf(order.orderNumber(), order.item().unitId) != order.priorWorryFreeReplacements()) {
            throw new OptimisticLockException("another WORRY FREE+ claim of unit " + order.item().unitId
                    + " of order " + order.orderNumber() + " was stored meanwhile");
        }
    }

    /** The claim, if the caller may see it: a customer only their own, anything else is not found. */
    @Transactional
    public ClaimEntity visibleTo(UUID id, Caller caller) {
        return Optional.<ClaimEntity>ofNullable(ClaimEntity.findById(id))
                .filter(claim -> !caller.isCustomer() || claim.customerId.equals(caller.id()))
                .orElseThrow(() -> new NotFoundException("claim " + id));
    }

    /** The order facts a claim is decided on, read in one short transaction. */
    record OrderSnapshot(String orderNumber, String customerId, String customerEmail, com.kospet.warranty.model.Channel channel,
                         LocalDate orderDate, LocalDate maxEstimatedDeliveryDate, LocalDate shippedDate,
                         LocalDate deliveredDate, String currency, String purchaseLink, OrderItem item,
                         int priorWorryFreeReplacements) {
    }

    @Transactional
    OrderSnapshot orderFor(Submission submission, Caller caller) {
        OrderEntity order = Optional.<OrderEntity>ofNullable(OrderEntity.findById(submission.orderNumber()))
                .filter(candidate -> candidate.belongsTo(caller.id(), caller.email()))
                .orElseThrow(() -> new NotFoundException("order " + submission.orderNumber()));
        OrderItem item = order.item(submission.unitId()).orElseThrow(() ->
                InvalidRequestException.of("unitId", "order " + order.orderNumber + " has no unit " + submission.unitId()));
        // WF-3 counts the WORRY FREE+ replacements this unit already had from the stored claims, never from the caller.
        long priorWorryFree = worryFreeReplacementsOf(order.orderNumber, item.unitId);
        return new OrderSnapshot(order.orderNumber, order.customerId, order.customerEmail, order.channel, order.orderDate,
                order.maxEstimatedDeliveryDate, order.shippedDate, order.deliveredDate, order.currency,
                order.purchaseLink, item, (int) priorWorryFree);
    }

    private PolicyQuestion question(OrderSnapshot order, Submission submission) {
        Currency currency = Currency.getInstance(order.currency());
        String purchaseLink = submission.purchaseLink() != null ? submission.purchaseLink() : order.purchaseLink();
        return new PolicyQuestion(order.channel(), order.orderNumber(), purchaseLink, order.orderDate(),
                order.maxEstimatedDeliveryDate(), order.shippedDate(), order.deliveredDate(),
                LocalDate.now(clock.withZone(config.zone())),
                new Money(order.item().price, currency),
                order.item().shippingCost == null ? null : new Money(order.item().shippingCost, currency),
                order.item().productModel, submission.cause(), submission.mediaCount(),
                order.priorWorryFreeReplacements(), submission.carrierDamageProof());
    }
}
