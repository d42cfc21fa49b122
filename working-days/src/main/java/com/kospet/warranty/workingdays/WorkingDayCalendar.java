package com.kospet.warranty.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days (docs/policy.md, "Terms"): Monday to Friday, minus the public holidays of one calendar.
 * WF-6 counts its service times in working days: the customer ships within 7 working days of the
 * confirmation, delivery takes 10–30 working days.
 *
 * <p>Plain Java and thread-safe; holidays are looked up once per year and kept, so the arithmetic
 * costs no I/O after the first use of a year.
 */
public final class WorkingDayCalendar {

    private static final int LONGEST_RUN_OF_DAYS_OFF = 366;

    private final String name;
    private final PublicHolidays publicHolidays;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    /**
     * @param name           what the calendar is, as configured (a country code)
     * @param publicHolidays where its holidays come from
     */
    public WorkingDayCalendar(String name, PublicHolidays publicHolidays) {
        this.name = Objects.requireNonNull(name, "name");
        this.publicHolidays = Objects.requireNonNull(publicHolidays, "publicHolidays");
    }

    /** The calendar of a country's public holidays, from the holiday library. */
    public static WorkingDayCalendar ofCountry(String country) {
        return new WorkingDayCalendar(country, JollydayHolidays.of(country));
    }

    public String name() {
        return name;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY
                && !holidaysOf(day.getYear()).contains(day);
    }

    /**
     * The day that is {@code workingDays} working days after {@code start}; {@code start} itself does
     * not count. Adding 7 working days to a Friday confirmation gives the Tuesday of the week after next
     * when no holiday falls in between.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = nextWorkingDay(day);
            counted++;
        }
        return day;
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < LONGEST_RUN_OF_DAYS_OFF && !isWorkingDay(next); i++) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Looks a few years up ahead of the first request, so that no request pays for the holiday library. */
    public WorkingDayCalendar preload(int fromYear, int toYear) {
        for (int year = fromYear; year <= toYear; year++) {
            holidaysOf(year);
        }
        return this;
    }

    private Set<LocalDate> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> publicHolidays.in(Year.of(y)));
    }

    @Override
    public String toString() {
        return "working days of " + name;
    }
}
