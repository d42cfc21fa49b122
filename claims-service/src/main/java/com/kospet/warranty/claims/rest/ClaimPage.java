package com.kospet.warranty.claims.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of claims; {@code nextCursor} asks for the next one and is null on the last page. */
@Schema(example = ApiExamples.PAGE)
public record ClaimPage(List<ClaimView> items, @Schema(nullable = true) String nextCursor) {
}
