package com.kospet.warranty.policy.engine;

import com.kospet.warranty.model.Cause;

import java.util.Locale;
import java.util.Optional;

/**
 * The failure categories of WF-2, one per line of the page's list; WF-4 prices the trade-in per
 * product model and failure category.
 */
public enum FailureCategory {
    MISUSE_ABUSE_MODIFICATION_OR_COLLISION,
    IMPROPER_STORAGE_OR_INSTALLATION,
    NORMAL_ABRASION,
    BROKEN_WATER_DAMAGED_OR_MOISTURE,
    DISASSEMBLED,
    FIRMWARE_FLASHED_OR_ROOTED,
    NOT_REPAIRED_IN_TIME;

    /** The category of an accident cause; empty for causes WORRY FREE+ does not cover. */
    public static Optional<FailureCategory> of(Cause cause) {
        return Optional.ofNullable(switch (cause) {
            case MISUSE, ABUSE, MODIFICATION, COLLISION -> MISUSE_ABUSE_MODIFICATION_OR_COLLISION;
            case IMPROPER_STORAGE, IMPROPER_INSTALLATION -> IMPROPER_STORAGE_OR_INSTALLATION;
            case NORMAL_ABRASION -> NORMAL_ABRASION;
            case BROKEN, WATER_DAMAGE, MOISTURE -> BROKEN_WATER_DAMAGED_OR_MOISTURE;
            case DISASSEMBLED -> DISASSEMBLED;
            case FIRMWARE_FLASHED, ROOTED -> FIRMWARE_FLASHED_OR_ROOTED;
            case NOT_REPAIRED_IN_TIME -> NOT_REPAIRED_IN_TIME;
            case NONE, QUALITY_PROBLEM, TRANSIT_DAMAGE -> null;
        });
    }

    /** The configuration key of the category: {@code broken-water-damaged-or-moisture}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category of a configuration key, in either spelling ({@code normal-abrasion}, {@code NORMAL_ABRASION}). */
    public static FailureCategory ofKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
