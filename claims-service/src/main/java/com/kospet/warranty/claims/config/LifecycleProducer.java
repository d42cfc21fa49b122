package com.kospet.warranty.claims.config;

import com.kospet.warranty.claims.domain.ClaimLifecycle;
import com.kospet.warranty.workingdays.WorkingDayCalendar;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the plain-Java state machine from configuration; each claim brings its own WF-6 service times. */
public class LifecycleProducer {

    @Produces
    @Singleton
    WorkingDayCalendar workingDays(ClaimsConfig config) {
        return WorkingDayCalendar.ofCountry(config.holidayCalendar());
    }

    @Produces
    @Singleton
    ClaimLifecycle lifecycle(WorkingDayCalendar workingDays, ClaimsConfig config) {
        return new ClaimLifecycle(workingDays, config.zone());
    }
}
