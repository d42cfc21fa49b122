package com.kospet.warranty.claims.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days (POLICY.md, "Terms"): Monday to Friday, minus the public holidays of the store's
 * calendar. WF-6 counts in them: the customer ships within 7 working days of the confirmation, and
 * delivery takes 10–30 working days. Thread-safe; each year's holidays are looked up once.
 */
public final class WorkingDays {

    private static final int LONGEST_RUN_OF_DAYS_OFF = 366;

    private final PublicHolidays publicHolidays;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDays(PublicHolidays publicHolidays) {
        this.publicHolidays = Objects.requireNonNull(publicHolidays, "publicHolidays");
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
                && !holidaysByYear.computeIfAbsent(day.getYear(), y -> publicHolidays.in(Year.of(y))).contains(day);
    }

    /** The day {@code workingDays} working days after {@code start}; {@code start} itself does not count. */
    public LocalDate plus(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate day = start;
        for (int counted = 0; counted < workingDays; counted++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < LONGEST_RUN_OF_DAYS_OFF && !isWorkingDay(next); i++) {
            next = next.plusDays(1);
        }
        return next;
    }
}
