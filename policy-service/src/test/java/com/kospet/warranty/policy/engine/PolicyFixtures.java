package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;
import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.PolicyQuestion;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import com.kospet.warranty.workingdays.WorkingDayCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Version 2024-01 with the values of the policy page, and questions to ask it. */
public final class PolicyFixtures {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final WorkingDayCalendar US_WORKING_DAYS = WorkingDayCalendar.ofCountry("US");
    /** "Today" for questions without a request date. */
    public static final Clock TODAY_2026_02_05 = Clock.fixed(Instant.parse("2026-02-05T12:00:00Z"), ZoneOffset.UTC);

    private PolicyFixtures() {
    }

    public static PolicyParameters version2024() {
        Map<RequestType, Map<Leg, Payer>> freight = new EnumMap<>(RequestType.class);
        freight.put(RequestType.DEFECT_RETURN, Map.of(Leg.RETURN, Payer.STORE));
        freight.put(RequestType.DEFECT_REPLACEMENT, Map.of(Leg.RETURN, Payer.STORE, Leg.DISPATCH, Payer.STORE));
        freight.put(RequestType.NO_DEFECT_RETURN, Map.of(Leg.OUTBOUND, Payer.CUSTOMER, Leg.RETURN, Payer.CUSTOMER));
        freight.put(RequestType.CANCEL, Map.of(Leg.OUTBOUND, Payer.CUSTOMER));
        freight.put(RequestType.WORRY_FREE_REPLACEMENT, Map.of(Leg.RETURN, Payer.CUSTOMER, Leg.DISPATCH, Payer.STORE));
        return new PolicyParameters(
                "2024-01",
                LocalDate.of(2024, 1, 1),
                ZoneId.of("UTC"),
                US_WORKING_DAYS,
                new DefectReturnWindow(Period.ofDays(7), Period.ofDays(30)),
                Period.ofYears(2),
                new FreeReplacementShipping(Period.ofDays(30), Set.of(Leg.RETURN, Leg.DISPATCH)),
                new NoDefectReturnWindow(Period.ofDays(30), Period.ofDays(7)),
                new BigDecimal("0.70"),
                new WorryFreeTerms(Period.ofYears(2), 2, new PriceDifferenceTable(
                        Map.of("TANK T3", Map.of(FailureCategory.BROKEN_WATER_DAMAGED_OR_MOISTURE, Money.of("30.00", "USD"),
                                FailureCategory.NORMAL_ABRASION, Money.of("10.00", "USD"))),
                        Map.of(USD, Money.of("20.00", "USD"), EUR, Money.of("20.00", "EUR")))),
                new FreightRules(freight),
                new ServiceTimes(Duration.ofHours(24), 7, Period.ofDays(7), Duration.ofHours(48), 10, 30),
                new ShippingCostDefaults(Map.of(USD, Money.of("12.00", "USD"), EUR, Money.of("12.00", "EUR"))),
                new ChannelRedirects(Map.of(Channel.AMAZON, "Please contact Amazon customer service."),
                        "Please contact the customer service of the channel you bought from."));
    }

    public static WarrantyPolicy policy() {
        return new WarrantyPolicy(PolicyVersions.of(version2024()), TODAY_2026_02_05);
    }

    /** The question of the contract's example: a TANK T3 with a quality problem, asked on 2026-02-05. */
    public static Question question() {
        return new Question();
    }

    public static PolicyOption option(PolicyAnswer answer, RequestType type) {
        return answer.options().stream().filter(o -> o.type() == type).findFirst().orElseThrow();
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** A mutable builder of the wire question, so a test changes only the facts it is about. */
    public static final class Question {
        Channel channel = Channel.OFFICIAL_STORE;
        String orderNumber = "KP-100234";
        String purchaseLink = "https://store.example/orders/KP-100234";
        LocalDate orderDate = LocalDate.parse("2026-01-10");
        LocalDate maxEstimatedDeliveryDate = LocalDate.parse("2026-01-20");
        LocalDate shippedDate = LocalDate.parse("2026-01-12");
        LocalDate deliveredDate = LocalDate.parse("2026-01-18");
        LocalDate requestDate = LocalDate.parse("2026-02-05");
        Money price = usd("199.00");
        Money shippingCost = usd("12.00");
        String productModel = "TANK T3";
        Cause cause = Cause.QUALITY_PROBLEM;
        Integer mediaCount = 2;
        Integer priorWorryFreeReplacements = 0;
        Boolean carrierDamageProof;

        public Question channel(Channel value) { channel = value; return this; }
        public Question orderNumber(String value) { orderNumber = value; return this; }
        public Question purchaseLink(String value) { purchaseLink = value; return this; }
        public Question orderDate(String value) { orderDate = date(value); return this; }
        public Question maxEstimatedDeliveryDate(String value) { maxEstimatedDeliveryDate = date(value); return this; }
        public Question shippedDate(String value) { shippedDate = date(value); return this; }
        public Question deliveredDate(String value) { deliveredDate = date(value); return this; }
        public Question requestDate(String value) { requestDate = date(value); return this; }
        public Question requestDate(LocalDate value) { requestDate = value; return this; }
        public Question price(Money value) { price = value; return this; }
        public Question shippingCost(Money value) { shippingCost = value; return this; }
        public Question productModel(String value) { productModel = value; return this; }
        public Question cause(Cause value) { cause = value; return this; }
        public Question mediaCount(Integer value) { mediaCount = value; return this; }
        public Question priorWorryFreeReplacements(Integer value) { priorWorryFreeReplacements = value; return this; }
        public Question carrierDamageProof(Boolean value) { carrierDamageProof = value; return this; }

        /** Not shipped, not delivered. */
        public Question notShippedYet() { shippedDate = null; deliveredDate = null; return this; }

        public PolicyQuestion build() {
            return new PolicyQuestion(channel, orderNumber, purchaseLink, orderDate, maxEstimatedDeliveryDate, shippedDate,
                    deliveredDate, requestDate, price, shippingCost, productModel, cause, mediaCount,
                    priorWorryFreeReplacements, carrierDamageProof);
        }

        public PolicyOption ask(RequestType type) {
            return option(policy().evaluate(build()), type);
        }

        private static LocalDate date(String value) {
            return value == null ? null : LocalDate.parse(value);
        }
    }
}
