package com.kospet.warranty.claims.rest;

import java.util.List;

/** One page of claims; {@code nextCursor} asks for the next one and is absent on the last page. */
public record ClaimPage(List<ClaimView> items, String nextCursor) {
}
