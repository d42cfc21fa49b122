package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static com.kospet.warranty.policy.engine.PolicyFixtures.policy;
import static com.kospet.warranty.policy.engine.PolicyFixtures.question;
import static com.kospet.warranty.policy.engine.PolicyFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Facts the policy cannot answer are refused, naming each offending field. */
class QuestionValidationTest {

    static Stream<Arguments> badFacts() {
        return Stream.of(
                bad("a missing channel", q -> q.channel(null), "channel"),
                bad("a missing order date", q -> q.orderDate(null).requestDate("2026-02-05"), "orderDate"),
                bad("a missing price", q -> q.price(null), "price"),
                bad("a negative price", q -> q.price(usd("-0.01")), "price.amount"),
                bad("a negative shipping cost", q -> q.shippingCost(usd("-1.00")), "shippingCost.amount"),
                bad("a shipping cost in another currency", q -> q.shippingCost(Money.of("12.00", "EUR")), "shippingCost.currency"),
                bad("a delivery before the order", q -> q.shippedDate(null).deliveredDate("2026-01-09"), "deliveredDate"),
                bad("a delivery before the shipment", q -> q.shippedDate("2026-01-15").deliveredDate("2026-01-14"), "deliveredDate"),
                bad("a shipment before the order", q -> q.shippedDate("2026-01-09").deliveredDate(null), "shippedDate"),
                bad("a delivery window before the order", q -> q.maxEstimatedDeliveryDate("2026-01-09"), "maxEstimatedDeliveryDate"),
                bad("a request before the order", q -> q.requestDate("2026-01-09"), "requestDate"),
                bad("an order in year 1900", q -> q.orderDate("1900-01-10"), "orderDate"),
                bad("a request in year 3000", q -> q.requestDate("3000-01-01"), "requestDate"),
                bad("an order before the first policy version", q -> q.orderDate("2023-12-31").maxEstimatedDeliveryDate(null)
                        .shippedDate(null).deliveredDate(null), "orderDate"),
                bad("a negative media count", q -> q.mediaCount(-1), "mediaCount"),
                bad("a negative count of earlier replacements", q -> q.priorWorryFreeReplacements(-1), "priorWorryFreeReplacements"),
                bad("an absurdly long order number", q -> q.orderNumber("K".repeat(5000)), "orderNumber"));
    }

    private static Arguments bad(String what, UnaryOperator<PolicyFixtures.Question> change, String field) {
        return arguments(what, change, field);
    }

    @ParameterizedTest(name = "{0} is refused naming {2}")
    @MethodSource("badFacts")
    void badFactsAreRefusedNamingTheField(String what, UnaryOperator<PolicyFixtures.Question> change, String field) {
        assertThatThrownBy(() -> policy().evaluate(change.apply(question()).build()))
                .isInstanceOfSatisfying(InvalidQuestion.class, e ->
                        assertThat(e.violations()).extracting(FieldViolation::field).contains(field));
    }

    @Test
    void everyOffendingFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> policy().evaluate(question().channel(null).orderDate(null).price(null).requestDate("2026-02-05").build()))
                .isInstanceOfSatisfying(InvalidQuestion.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("channel", "orderDate", "price"));
    }

    @Test
    void noQuestionAtAllIsRefused() {
        assertThatThrownBy(() -> policy().evaluate(null)).isInstanceOf(InvalidQuestion.class);
    }

    @Test
    void optionalFactsMayBeLeftOut() {
        var answer = policy().evaluate(question().orderNumber(null).purchaseLink(null).maxEstimatedDeliveryDate(null)
                .shippedDate(null).deliveredDate(null).requestDate((String) null).shippingCost(null).productModel(null)
                .cause(null).mediaCount(null).priorWorryFreeReplacements(null).build());

        assertThat(answer.options()).hasSize(5);
    }
}
