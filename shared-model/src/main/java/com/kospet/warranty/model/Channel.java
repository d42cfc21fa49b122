package com.kospet.warranty.model;

/** Where a unit was bought. Only {@link #OFFICIAL_STORE} purchases are covered (SCOPE-1). */
public enum Channel {
    OFFICIAL_STORE,
    AMAZON,
    ALIEXPRESS,
    EBAY,
    WALMART,
    OFFLINE,
    OTHER
}
