package com.kospet.warranty.workingdays;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/** The public holidays of one calendar, year by year: the days that are not working days besides weekends. */
@FunctionalInterface
public interface PublicHolidays {

    Set<LocalDate> in(Year year);

    /** A calendar without public holidays: only weekends are days off. */
    static PublicHolidays none() {
        return year -> Set.of();
    }
}
