package com.kospet.warranty.workingdays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days: Monday to Friday minus the public holidays of the calendar (from the holiday library). */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar us = WorkingDayCalendar.ofCountry("US");

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            # a Monday plus 4 stays in the week
            2026-03-02, 4,  2026-03-06
            # a Friday plus 1 is the Monday after
            2026-03-06, 1,  2026-03-09
            # a Friday plus 7 is the Tuesday of the week after next
            2026-03-06, 7,  2026-03-17
            # Independence Day 2026 falls on a Saturday and is observed on Friday 3 July
            2026-07-02, 1,  2026-07-06
            # Christmas Day 2026 is a Friday
            2026-12-24, 1,  2026-12-28
            # zero working days is the day itself
            2026-03-07, 0,  2026-03-07
            # WF-6: the 10-30 working-day delivery estimate from Monday 2026-03-02 (no holiday in March)
            2026-03-02, 10, 2026-03-16
            2026-03-02, 30, 2026-04-13
            """)
    void addingWorkingDaysSkipsWeekendsAndPublicHolidays(LocalDate start, int days, LocalDate expected) {
        assertThat(us.plusWorkingDays(start, days)).isEqualTo(expected);
    }

    @Test
    void publicHolidaysAndWeekendsAreNotWorkingDays() {
        assertThat(us.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(us.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(us.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
    }

    @Test
    void anyHolidaySourceCanBackTheCalendar() {
        var calendar = new WorkingDayCalendar("test", year -> Set.of(LocalDate.of(2026, 3, 9)));

        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(new WorkingDayCalendar("none", PublicHolidays.none()).plusWorkingDays(LocalDate.of(2026, 1, 1), 1))
                .isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void anUnknownCountryIsRefusedAtConstruction() {
        assertThatThrownBy(() -> WorkingDayCalendar.ofCountry("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> us.plusWorkingDays(LocalDate.of(2026, 3, 2), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
