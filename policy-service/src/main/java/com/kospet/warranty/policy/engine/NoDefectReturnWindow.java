package com.kospet.warranty.policy.engine;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** ND-1: a return without defect is open until the later of (order date + {@code afterOrder}) and (delivery date + {@code afterDelivery}). */
public record NoDefectReturnWindow(Period afterOrder, Period afterDelivery) {

    public NoDefectReturnWindow {
        Objects.requireNonNull(afterOrder, "afterOrder");
        Objects.requireNonNull(afterDelivery, "afterDelivery");
    }

    public LocalDate deadline(LocalDate orderDate, LocalDate deliveredDate) {
        return DefectReturnWindow.later(orderDate.plus(afterOrder), deliveredDate.plus(afterDelivery));
    }
}
