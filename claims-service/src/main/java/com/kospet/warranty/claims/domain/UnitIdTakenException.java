package com.kospet.warranty.claims.domain;

/** UN-3: a replacement unit's serial must name no unit already known. */
public class UnitIdTakenException extends RuntimeException {

    private final String unitId;

    public UnitIdTakenException(String unitId) {
        super("unit " + unitId + " is already known; a replacement unit needs a serial of its own");
        this.unitId = unitId;
    }

    public String unitId() {
        return unitId;
    }
}
