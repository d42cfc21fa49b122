package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.policy.PolicyQuestion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Random facts of an official-store purchase and a request about it, over three years of orders. */
public class PolicyQuestions implements ArbitrarySupplier<PolicyQuestion> {

    @Override
    public Arbitrary<PolicyQuestion> get() {
        Arbitrary<LocalDate> orderDate = Arbitraries.integers().between(0, 3 * 365).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        Arbitrary<Integer> shipAfter = Arbitraries.integers().between(0, 10).injectNull(0.3);
        Arbitrary<Integer> transit = Arbitraries.integers().between(0, 40).injectNull(0.3);
        Arbitrary<Integer> window = Arbitraries.integers().between(0, 45).injectNull(0.2);
        Arbitrary<Integer> askAfter = Arbitraries.integers().between(0, 900);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000")).ofScale(2);
        Arbitrary<BigDecimal> shipping = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("80")).ofScale(2)
                .injectNull(0.3);
        Arbitrary<Cause> cause = Arbitraries.of(Cause.class).injectNull(0.15);
        Arbitrary<Integer> media = Arbitraries.integers().between(0, 5).injectNull(0.2);
        Arbitrary<Integer> prior = Arbitraries.integers().between(0, 4).injectNull(0.2);
        Arbitrary<Boolean> proof = Arbitraries.of(true, false).injectNull(0.3);
        Arbitrary<String> orderNumber = Arbitraries.of("KP-1", "", "KP-100234").injectNull(0.2);
        Arbitrary<String> currency = Arbitraries.of("USD", "EUR", "JPY");

        return Combinators.combine(orderDate, shipAfter, transit, window, askAfter, price, shipping, cause)
                .flatAs((order, ship, carry, win, ask, amount, freight, why) ->
                        Combinators.combine(media, prior, proof, orderNumber, currency).as((m, p, pr, number, code) -> {
                            LocalDate shipped = ship == null ? null : order.plusDays(ship);
                            LocalDate delivered = shipped == null || carry == null ? null : shipped.plusDays(carry);
                            return new PolicyQuestion(Channel.OFFICIAL_STORE, number, number == null ? null : "https://store.example/" + number,
                                    order, win == null ? null : order.plusDays(win), shipped, delivered,
                                    order.plusDays(ask + (delivered == null ? 0 : carry + ship)),
                                    new Money(amount, java.util.Currency.getInstance(code)),
                                    freight == null ? null : new Money(freight, java.util.Currency.getInstance(code)),
                                    "TANK T3", why, m, p, pr);
                        }));
    }

    /** The same facts, bought through {@code channel}. */
    public static PolicyQuestion withChannel(PolicyQuestion q, Channel channel) {
        return new PolicyQuestion(channel, q.orderNumber(), q.purchaseLink(), q.orderDate(), q.maxEstimatedDeliveryDate(),
                q.shippedDate(), q.deliveredDate(), q.requestDate(), q.price(), q.shippingCost(), q.productModel(), q.cause(),
                q.mediaCount(), q.priorWorryFreeReplacements(), q.carrierDamageProof());
    }
}
