package com.kospet.warranty.workingdays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Public holidays of a country from Jollyday, a maintained holiday library, rather than a
 * hand-kept list that goes stale every year.
 */
public final class JollydayHolidays implements PublicHolidays {

    private final HolidayManager holidays;

    private JollydayHolidays(HolidayManager holidays) {
        this.holidays = holidays;
    }

    /**
     * @param country an ISO 3166 country code Jollyday knows, e.g. {@code US}, {@code DE}
     * @throws IllegalArgumentException when Jollyday has no calendar for it
     */
    public static JollydayHolidays of(String country) {
        try {
            return new JollydayHolidays(HolidayManager.getInstance(ManagerParameters.create(country)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("no holiday calendar for country '" + country + "'", e);
        }
    }

    @Override
    public Set<LocalDate> in(Year year) {
        return holidays.getHolidays(year, HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate) // the observed day off when the holiday falls on a weekend
                .collect(Collectors.toUnmodifiableSet());
    }
}
