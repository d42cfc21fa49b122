package com.kospet.warranty.model;

/**
 * Why the customer asks. {@link #NONE}: the unit works, the customer changed their mind.
 * The accident causes are those WORRY FREE+ covers (WF-2); the warranty does not (WQ-1).
 */
public enum Cause {
    NONE(Family.NO_PROBLEM),
    QUALITY_PROBLEM(Family.QUALITY),
    TRANSIT_DAMAGE(Family.TRANSIT),
    MISUSE(Family.ACCIDENT),
    ABUSE(Family.ACCIDENT),
    MODIFICATION(Family.ACCIDENT),
    COLLISION(Family.ACCIDENT),
    IMPROPER_STORAGE(Family.ACCIDENT),
    IMPROPER_INSTALLATION(Family.ACCIDENT),
    NORMAL_ABRASION(Family.ACCIDENT),
    BROKEN(Family.ACCIDENT),
    WATER_DAMAGE(Family.ACCIDENT),
    MOISTURE(Family.ACCIDENT),
    DISASSEMBLED(Family.ACCIDENT),
    FIRMWARE_FLASHED(Family.ACCIDENT),
    ROOTED(Family.ACCIDENT),
    NOT_REPAIRED_IN_TIME(Family.ACCIDENT);

    public enum Family { NO_PROBLEM, QUALITY, TRANSIT, ACCIDENT }

    private final Family family;

    Cause(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    public boolean isAccident() {
        return family == Family.ACCIDENT;
    }
}
