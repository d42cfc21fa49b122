package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.policy.PolicyQuestion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the facts of a question and reads them into {@link UnitFacts} under the version in force on the
 * order date. Every offending field is reported at once, so the caller can fix them in one go.
 */
final class QuestionReader {

    /** Dates outside this range are typing errors, not orders of this store. */
    static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_PLAUSIBLE = LocalDate.of(2100, 12, 31);
    private static final int LONGEST_TEXT = 2048;

    private final PolicyVersions versions;
    private final Clock clock;

    QuestionReader(PolicyVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** The facts and the version that answers for them. */
    record Read(UnitFacts facts, PolicyParameters terms) {
    }

    Read read(PolicyQuestion question) {
        if (question == null) {
            throw new InvalidQuestion(List.of(new FieldViolation("body", "the facts of the purchased unit are required")));
        }
        List<FieldViolation> violations = new ArrayList<>();
        required(violations, "channel", question.channel());
        required(violations, "orderDate", question.orderDate());
        required(violations, "price", question.price());
        checkMoney(violations, "price", question.price());
        checkMoney(violations, "shippingCost", question.shippingCost());
        if (question.price() != null && question.shippingCost() != null
                && !question.price().sameCurrencyAs(question.shippingCost())) {
            violations.add(new FieldViolation("shippingCost.currency",
                    "must be the currency of the price (" + question.price().currency() + ")"));
        }
        notNegative(violations, "mediaCount", question.mediaCount());
        notNegative(violations, "priorWorryFreeReplacements", question.priorWorryFreeReplacements());
        notTooLong(violations, "orderNumber", question.orderNumber());
        notTooLong(violations, "purchaseLink", question.purchaseLink());
        notTooLong(violations, "productModel", question.productModel());

        plausible(violations, "orderDate", question.orderDate());
        plausible(violations, "maxEstimatedDeliveryDate", question.maxEstimatedDeliveryDate());
        plausible(violations, "shippedDate", question.shippedDate());
        plausible(violations, "deliveredDate", question.deliveredDate());
        plausible(violations, "requestDate", question.requestDate());

        Optional<PolicyParameters> terms = Optional.ofNullable(question.orderDate()).flatMap(versions::inForceOn);
        if (question.orderDate() != null && terms.isEmpty() && isPlausible(question.orderDate())) {
            violations.add(new FieldViolation("orderDate", "no policy version is in force on " + question.orderDate()
                    + "; the earliest takes effect on " + versions.earliest().effectiveFrom()));
        }
        LocalDate requestDate = question.requestDate() != null
                ? question.requestDate()
                : LocalDate.now(clock.withZone(terms.orElse(versions.earliest()).zone()));

        LocalDate orderDate = question.orderDate();
        notBefore(violations, "maxEstimatedDeliveryDate", question.maxEstimatedDeliveryDate(), "orderDate", orderDate);
        notBefore(violations, "shippedDate", question.shippedDate(), "orderDate", orderDate);
        notBefore(violations, "deliveredDate", question.deliveredDate(), "orderDate", orderDate);
        notBefore(violations, "deliveredDate", question.deliveredDate(), "shippedDate", question.shippedDate());
        notBefore(violations, "requestDate", requestDate, "orderDate", orderDate);

        if (!violations.isEmpty()) {
            throw new InvalidQuestion(violations);
        }
        PolicyParameters version = terms.orElseThrow();
        Money price = question.price();
        UnitFacts facts = new UnitFacts(
                question.channel(),
                text(question.orderNumber()),
                text(question.purchaseLink()),
                orderDate,
                Optional.ofNullable(question.maxEstimatedDeliveryDate()),
                Optional.ofNullable(question.shippedDate()),
                Optional.ofNullable(question.deliveredDate()),
                requestDate,
                price,
                Optional.ofNullable(question.shippingCost()).or(() -> version.shippingCosts().in(price.currency())),
                text(question.productModel()),
                Optional.ofNullable(question.cause()),
                question.mediaCount() == null ? 0 : question.mediaCount(),
                question.priorWorryFreeReplacements() == null ? 0 : question.priorWorryFreeReplacements(),
                Boolean.TRUE.equals(question.carrierDamageProof()));
        return new Read(facts, version);
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static void required(List<FieldViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new FieldViolation(field, "is required"));
        }
    }

    private static void checkMoney(List<FieldViolation> violations, String field, Money money) {
        if (money != null && money.isNegative()) {
            violations.add(new FieldViolation(field + ".amount", "must not be negative"));
        }
    }

    private static void notNegative(List<FieldViolation> violations, String field, Integer count) {
        if (count != null && count < 0) {
            violations.add(new FieldViolation(field, "must not be negative"));
        }
    }

    private static void notTooLong(List<FieldViolation> violations, String field, String text) {
        if (text != null && text.length() > LONGEST_TEXT) {
            violations.add(new FieldViolation(field, "must be at most " + LONGEST_TEXT + " characters"));
        }
    }

    private static void plausible(List<FieldViolation> violations, String field, LocalDate date) {
        if (date != null && !isPlausible(date)) {
            violations.add(new FieldViolation(field,
                    "must be between " + EARLIEST_PLAUSIBLE + " and " + LATEST_PLAUSIBLE));
        }
    }

    private static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST_PLAUSIBLE) && !date.isAfter(LATEST_PLAUSIBLE);
    }

    private static void notBefore(List<FieldViolation> violations, String field, LocalDate date,
                                  String otherField, LocalDate other) {
        if (date != null && other != null && date.isBefore(other)) {
            violations.add(new FieldViolation(field, "must not be before " + otherField + " (" + other + ")"));
        }
    }
}
