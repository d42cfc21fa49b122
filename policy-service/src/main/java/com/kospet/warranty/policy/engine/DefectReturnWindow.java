package com.kospet.warranty.policy.engine;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * DR-1: a defect return is open until the later of (max estimated delivery date + {@code afterDeliveryWindow})
 * and (order date + {@code afterOrder}).
 */
public record DefectReturnWindow(Period afterDeliveryWindow, Period afterOrder) {

    public DefectReturnWindow {
        Objects.requireNonNull(afterDeliveryWindow, "afterDeliveryWindow");
        Objects.requireNonNull(afterOrder, "afterOrder");
    }

    /** The last day a defect return may be requested. */
    public LocalDate deadline(LocalDate orderDate, Optional<LocalDate> maxEstimatedDeliveryDate) {
        LocalDate byOrder = orderDate.plus(afterOrder);
        return maxEstimatedDeliveryDate
                .map(window -> later(window.plus(afterDeliveryWindow), byOrder))
                .orElse(byOrder);
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
