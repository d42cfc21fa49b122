package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.service.ClaimListing;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The staff's CSV export of a listing: the claims the same filters find, in queue order, written as they are read
 * from the database a batch at a time (never the whole file in memory), at most {@code claims.export.max-rows} of
 * them per file. When more match, the {@code Link} header names the request for the next file, which starts
 * right after this one's last claim; the end is fixed before the first byte is written, so that files in a row
 * neither repeat nor skip a claim.
 */
@ApplicationScoped
public class ClaimExport {

    /** Claims read from the database per transaction while the file is written. */
    static final int BATCH = 500;

    private final ClaimListing listing;
    private final ClaimsConfig config;
    private final Clock clock;

    public ClaimExport(ClaimListing listing, ClaimsConfig config, Clock clock) {
        this.listing = listing;
        this.config = config;
        this.clock = clock;
    }

    Response answer(ClaimListing.Filter filter, Optional<ClaimListing.Position> after, Caller caller, UriInfo uri) {
        if (caller.role() != Caller.Role.STAFF) {
            throw new ForbiddenException("only staff export claims");
        }
        int maxRows = config.export().maxRows();
        Optional<ClaimListing.Position> last = listing.positionAfter(filter, after, maxRows, caller);
        boolean more = last.isPresent() && listing.positionAfter(filter, last, 1, caller).isPresent();
        StreamingOutput body = output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            csv.write(ClaimCsv.header());
            Optional<ClaimListing.Position> from = after;
            // Up to the end fixed above; without one (fewer claims matched), up to the bound.
            long bound = last.isPresent() ? Long.MAX_VALUE : maxRows;
            long written = 0;
            while (written < bound) {
                List<ClaimEntity> batch = listing.slice(filter, from, last, (int) Math.min(BATCH, bound - written), caller);
                for (ClaimEntity claim : batch) {
                    csv.write(ClaimCsv.row(claim));
                }
                written += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
                from = Optional.of(ClaimListing.Position.of(batch.get(batch.size() - 1)));
            }
            csv.flush();
        };
        String day = LocalDate.now(clock.withZone(config.zone())).toString();
        Response.ResponseBuilder response = Response.ok(body, ClaimCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=claims-" + day + ".csv");
        if (more) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", last.get().token()).build()
                    + ">; rel=\"next\"");
        }
        return response.build();
    }
}
