package com.kospet.warranty.claims.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/** The public holidays of one calendar (days off, as observed). */
@FunctionalInterface
public interface PublicHolidays {
    Set<LocalDate> in(Year year);
}
