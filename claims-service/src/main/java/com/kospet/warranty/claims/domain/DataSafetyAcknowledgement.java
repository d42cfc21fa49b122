package com.kospet.warranty.claims.domain;

import java.util.ArrayList;
import java.util.List;

/** DB-1: before a unit is sent back, the customer confirms each of these. */
public record DataSafetyAcknowledgement(boolean dataBackedUp, boolean simRemoved, boolean factoryReset) {

    /** The names of the steps not confirmed, empty when all are. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!dataBackedUp) {
            missing.add("dataBackedUp");
        }
        if (!simRemoved) {
            missing.add("simRemoved");
        }
        if (!factoryReset) {
            missing.add("factoryReset");
        }
        return missing;
    }
}
