package com.kospet.warranty.claims.config;

import com.kospet.warranty.claims.domain.ClaimLifecycle;
import com.kospet.warranty.claims.domain.ServiceTimes;
import com.kospet.warranty.workingdays.WorkingDayCalendar;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the plain-Java state machine from configuration. */
public class LifecycleProducer {

    @Produces
    @Singleton
    WorkingDayCalendar workingDays(ClaimsConfig config) {
        return WorkingDayCalendar.ofCountry(config.holidayCalendar());
    }

    @Produces
    @Singleton
    ClaimLifecycle lifecycle(WorkingDayCalendar workingDays, ClaimsConfig config) {
        ClaimsConfig.Lifecycle times = config.lifecycle();
        return new ClaimLifecycle(workingDays, new ServiceTimes(config.confirmWithin(), times.shipBackWorkingDays(), times.payWithin(),
                times.shipReplacementWithin(), times.deliveryMinWorkingDays(), times.deliveryMaxWorkingDays()),
                config.zone());
    }
}
