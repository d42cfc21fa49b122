package com.kospet.warranty.policy.rest;

import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import com.kospet.warranty.policy.engine.PolicyParameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One policy version as {@code GET /api/policy} shows it: its name, effective-from date and every parameter. */
public record PolicyVersionView(
        String version,
        LocalDate effectiveFrom,
        String zone,
        String holidayCalendar,
        Map<String, String> defectReturn,
        Map<String, Object> defectReplacement,
        Map<String, Object> noDefectReturn,
        Map<String, Object> worryFree,
        Map<String, Map<Leg, Payer>> freight,
        Map<String, Object> serviceTimes,
        List<Money> shippingCost,
        Map<String, String> redirects) {

    static PolicyVersionView of(PolicyParameters p) {
        Map<String, Map<String, Money>> priceTable = new TreeMap<>();
        p.worryFree().priceDifferences().byModel().forEach((model, prices) -> {
            Map<String, Money> byCategory = new TreeMap<>();
            prices.forEach((category, money) -> byCategory.put(category.key(), money));
            priceTable.put(model, byCategory);
        });
        Map<String, String> redirects = new LinkedHashMap<>();
        p.redirects().messages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> redirects.put(e.getKey().name(), e.getValue()));
        redirects.put("fallback", p.redirects().fallback());
        Map<String, Map<Leg, Payer>> freight = new LinkedHashMap<>();
        p.freight().legs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> freight.put(e.getKey().name(), e.getValue()));
        return new PolicyVersionView(
                p.version(),
                p.effectiveFrom(),
                p.zone().getId(),
                p.workingDays().name(),
                ordered("afterDeliveryWindow", p.defectReturnWindow().afterDeliveryWindow().toString(),
                        "afterOrder", p.defectReturnWindow().afterOrder().toString()),
                ordered("warrantyPeriod", p.warrantyPeriod().toString(),
                        "freeShippingPeriod", p.freeReplacementShipping().period().toString(),
                        "buyerLegsAfterFreeShipping", p.freeReplacementShipping().buyerLegsAfterwards().stream().sorted().toList()),
                ordered("afterOrder", p.noDefectReturnWindow().afterOrder().toString(),
                        "afterDelivery", p.noDefectReturnWindow().afterDelivery().toString(),
                        "depreciationRate", plain(p.depreciationRate())),
                ordered("validity", p.worryFree().validity().toString(),
                        "replacementLimit", p.worryFree().replacementLimit(),
                        "priceDifference", priceTable,
                        "defaultPriceDifference", p.worryFree().priceDifferences().defaults().values().stream()
                                .sorted((a, b) -> a.currency().getCurrencyCode().compareTo(b.currency().getCurrencyCode())).toList()),
                freight,
                ordered("confirmation", p.serviceTimes().confirmation().toString(),
                        "returnShipmentWorkingDays", p.serviceTimes().returnShipmentWorkingDays(),
                        "payment", p.serviceTimes().payment().toString(),
                        "replacementDispatch", p.serviceTimes().replacementDispatch().toString(),
                        "deliveryMinWorkingDays", p.serviceTimes().deliveryMinWorkingDays(),
                        "deliveryMaxWorkingDays", p.serviceTimes().deliveryMaxWorkingDays()),
                p.shippingCosts().perCurrency().values().stream()
                        .sorted((a, b) -> a.currency().getCurrencyCode().compareTo(b.currency().getCurrencyCode())).toList(),
                redirects);
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
