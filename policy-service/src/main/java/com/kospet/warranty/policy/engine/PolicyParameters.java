package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.workingdays.WorkingDayCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One version of the policy: every number the rules use, in force for orders placed from
 * {@code effectiveFrom} on. Each window, rate and table exists here once; the rules read it from here.
 *
 * @param version                 the name the answer cites, e.g. {@code 2024-01}
 * @param effectiveFrom           the first order date this version answers for
 * @param zone                    where "today" is, for questions without a request date
 * @param workingDays             the working-day calendar of WF-6
 * @param defectReturnWindow      DR-1
 * @param warrantyPeriod          DP-1 and EX-1: the defect replacement is open for this long after the order
 * @param freeReplacementShipping DP-3
 * @param noDefectReturnWindow    ND-1
 * @param depreciationRate        ND-2, e.g. 0.70 for 70 %
 * @param worryFree               WF-1, WF-3, WF-4
 * @param freight                 who pays which leg, per request type
 * @param serviceTimes            WF-6; every answer of the version carries them
 * @param shippingCosts           one shipping leg, when the question has no cost of its own
 * @param redirects               SCOPE-1
 */
public record PolicyParameters(
        String version,
        LocalDate effectiveFrom,
        ZoneId zone,
        WorkingDayCalendar workingDays,
        DefectReturnWindow defectReturnWindow,
        Period warrantyPeriod,
        FreeReplacementShipping freeReplacementShipping,
        NoDefectReturnWindow noDefectReturnWindow,
        BigDecimal depreciationRate,
        WorryFreeTerms worryFree,
        FreightRules freight,
        ServiceTimes serviceTimes,
        ShippingCostDefaults shippingCosts,
        ChannelRedirects redirects) {

    public PolicyParameters {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(defectReturnWindow, "defectReturnWindow");
        Objects.requireNonNull(warrantyPeriod, "warrantyPeriod");
        Objects.requireNonNull(freeReplacementShipping, "freeReplacementShipping");
        Objects.requireNonNull(noDefectReturnWindow, "noDefectReturnWindow");
        Objects.requireNonNull(depreciationRate, "depreciationRate");
        Objects.requireNonNull(worryFree, "worryFree");
        Objects.requireNonNull(freight, "freight");
        Objects.requireNonNull(serviceTimes, "serviceTimes");
        Objects.requireNonNull(shippingCosts, "shippingCosts");
        Objects.requireNonNull(redirects, "redirects");
        if (depreciationRate.signum() < 0 || depreciationRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("depreciation rate must be between 0 and 1: " + depreciationRate);
        }
    }
}
