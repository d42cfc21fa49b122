package com.kospet.warranty.policy.engine;

/** DB-1, for every option that sends a unit back to the store. */
final class DataBackup {

    private DataBackup() {
    }

    static void remind(OptionDraft option) {
        if (!option.isRefused()) {
            option.apply(Rule.DB_1, "before the unit is sent back, the customer confirms they backed up their data,"
                    + " removed the SIM card and restored factory settings; no return shipment is registered without it");
        }
    }
}
