package com.kospet.warranty.policy.config;

import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import com.kospet.warranty.policy.engine.ChannelRedirects;
import com.kospet.warranty.policy.engine.DefectReturnWindow;
import com.kospet.warranty.policy.engine.FailureCategory;
import com.kospet.warranty.policy.engine.FreeReplacementShipping;
import com.kospet.warranty.policy.engine.FreightRules;
import com.kospet.warranty.policy.engine.NoDefectReturnWindow;
import com.kospet.warranty.policy.engine.PolicyParameters;
import com.kospet.warranty.policy.engine.PolicyVersions;
import com.kospet.warranty.policy.engine.PriceDifferenceTable;
import com.kospet.warranty.policy.engine.ShippingCostDefaults;
import com.kospet.warranty.policy.engine.WorryFreeTerms;
import com.kospet.warranty.workingdays.WorkingDayCalendar;

import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns {@link PolicyConfig} into the engine's parameter records; a wrong value fails at startup, not on a request. */
public final class PolicyParametersFactory {

    private final Map<String, WorkingDayCalendar> calendars = new HashMap<>();
    private final Year thisYear;

    public PolicyParametersFactory(Year thisYear) {
        this.thisYear = thisYear;
    }

    public PolicyVersions versions(PolicyConfig config) {
        if (config.versions().isEmpty()) {
            throw new IllegalStateException("policy.versions: at least one version must be configured");
        }
        List<PolicyParameters> versions = new ArrayList<>();
        config.versions().forEach((name, version) -> versions.add(parameters(name, version, config)));
        return new PolicyVersions(versions);
    }

    private PolicyParameters parameters(String name, PolicyConfig.Version v, PolicyConfig defaults) {
        return new PolicyParameters(
                name,
                v.effectiveFrom(),
                v.zone().filter(z -> !z.isBlank()).map(ZoneId::of).orElse(defaults.zone()),
                calendar(v.holidayCalendar().orElse(defaults.holidayCalendar())),
                new DefectReturnWindow(v.defectReturn().afterDeliveryWindow(), v.defectReturn().afterOrder()),
                v.defectReplacement().warrantyPeriod(),
                new FreeReplacementShipping(v.defectReplacement().freeShippingPeriod(),
                        Set.copyOf(v.defectReplacement().buyerLegsAfterFreeShipping())),
                new NoDefectReturnWindow(v.noDefectReturn().afterOrder(), v.noDefectReturn().afterDelivery()),
                v.noDefectReturn().depreciationRate(),
                new WorryFreeTerms(v.worryFree().validity(), v.worryFree().replacementLimit(), priceTable(v.worryFree())),
                freight(v.freight()),
                new ServiceTimes(v.serviceTimes().confirmation(), v.serviceTimes().returnShipmentWorkingDays(),
                        v.serviceTimes().payment(), v.serviceTimes().replacementDispatch(), v.serviceTimes().deliveryMinWorkingDays(),
                        v.serviceTimes().deliveryMaxWorkingDays()),
                new ShippingCostDefaults(perCurrency(v.shippingCost())),
                new ChannelRedirects(keyed(v.redirects().channel(), Channel.class, Function.identity()), v.redirects().fallback()));
    }

    /** One calendar per country, its holidays looked up now for the years orders can still be asked about. */
    private WorkingDayCalendar calendar(String country) {
        return calendars.computeIfAbsent(country, c -> WorkingDayCalendar.ofCountry(c)
                .preload(thisYear.getValue() - 1, thisYear.getValue() + 3));
    }

    private static PriceDifferenceTable priceTable(PolicyConfig.WorryFree worryFree) {
        Map<String, Map<FailureCategory, Money>> byModel = new HashMap<>();
        worryFree.priceDifference().forEach((model, prices) -> {
            Map<FailureCategory, Money> byCategory = new EnumMap<>(FailureCategory.class);
            prices.forEach((category, money) -> byCategory.put(FailureCategory.ofKey(category), money(money)));
            byModel.put(model, byCategory);
        });
        return new PriceDifferenceTable(byModel, perCurrency(worryFree.defaultPriceDifference()));
    }

    private static FreightRules freight(Map<String, Map<Leg, Payer>> freight) {
        return new FreightRules(keyed(freight, RequestType.class, Function.identity()));
    }

    private static Map<Currency, Money> perCurrency(Map<String, BigDecimal> amounts) {
        Map<Currency, Money> money = new HashMap<>();
        amounts.forEach((code, amount) -> {
            Currency currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            money.put(currency, new Money(amount, currency));
        });
        return money;
    }

    /** "30.00 USD" → money. */
    static Money money(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("money must read like '30.00 USD': " + text);
        }
        return Money.of(parts[0], parts[1].toUpperCase(Locale.ROOT));
    }

    /** Reads kebab-case keys ({@code defect-return}) as enum constants ({@code DEFECT_RETURN}). */
    private static <E extends Enum<E>, V, W> Map<E, W> keyed(Map<String, V> byKey, Class<E> type, Function<V, W> value) {
        Map<E, W> result = new EnumMap<>(type);
        byKey.forEach((key, v) -> result.put(Enum.valueOf(type, key.trim().toUpperCase(Locale.ROOT).replace('-', '_')),
                value.apply(v)));
        return result;
    }
}
