package com.kospet.warranty.policy.config;

import com.kospet.warranty.model.policy.ShippingCharge.Leg;
import com.kospet.warranty.model.policy.ShippingCharge.Payer;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy's parameters as configuration ({@code policy.*} in application.properties), one group per
 * version under {@code policy.versions.<name>}. Periods are ISO-8601 ({@code P30D}, {@code P2Y}),
 * durations too ({@code PT24H}), money is {@code "30.00 USD"}.
 */
@ConfigMapping(prefix = "policy")
public interface PolicyConfig {

    /** Where "today" is, for questions without a request date; a version may set its own. */
    @WithDefault("UTC")
    ZoneId zone();

    /** Country whose public holidays are not working days (WF-6); a version may set its own. */
    @WithDefault("US")
    String holidayCalendar();

    /** The versions, by name (e.g. {@code 2024-01}). */
    Map<String, Version> versions();

    interface Version {

        /** The first order date this version answers for. */
        LocalDate effectiveFrom();

        /** Overrides {@code policy.zone} for this version. */
        Optional<String> zone();

        /** Overrides {@code policy.holiday-calendar} for this version. */
        Optional<String> holidayCalendar();

        DefectReturn defectReturn();

        DefectReplacement defectReplacement();

        NoDefectReturn noDefectReturn();

        WorryFree worryFree();

        /** Request type (kebab case) → leg → payer. */
        Map<String, Map<Leg, Payer>> freight();

        ServiceTimes serviceTimes();

        /** Currency code → cost of one shipping leg, when the question gives none. */
        Map<String, BigDecimal> shippingCost();

        Redirects redirects();
    }

    /** DR-1. */
    interface DefectReturn {
        Period afterDeliveryWindow();

        Period afterOrder();
    }

    /** DP-1 and DP-3. */
    interface DefectReplacement {
        Period warrantyPeriod();

        Period freeShippingPeriod();

        /** Legs the buyer bears once the free shipping period is over. */
        List<Leg> buyerLegsAfterFreeShipping();
    }

    /** ND-1 and ND-2. */
    interface NoDefectReturn {
        Period afterOrder();

        Period afterDelivery();

        BigDecimal depreciationRate();
    }

    /** WF-1, WF-3, WF-4. */
    interface WorryFree {
        Period validity();

        int replacementLimit();

        /** Model key (lower case, hyphens) → failure category (kebab case) → money ("30.00 USD"). */
        Map<String, Map<String, String>> priceDifference();

        /** Currency code → price difference for anything not in the table. */
        Map<String, BigDecimal> defaultPriceDifference();
    }

    /** WF-6; every answer under the version carries them, and claims keep them as their deadlines. */
    interface ServiceTimes {
        Duration confirmation();

        int returnShipmentWorkingDays();

        /** Reading: WF-6 names no payment deadline; the WORRY FREE+ price difference is due within this of receipt. */
        Period payment();

        Duration replacementDispatch();

        int deliveryMinWorkingDays();

        int deliveryMaxWorkingDays();
    }

    /** SCOPE-1. */
    interface Redirects {
        /** Channel (kebab case) → where to go instead. */
        Map<String, String> channel();

        /** For a channel without a message of its own. */
        String fallback();
    }
}
