package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds claims: staff all of them, a customer their own. Ordered by the nearest open deadline (claims
 * waiting on nobody last), then by id, and paged with a cursor on that order so that a page never
 * repeats or skips a claim while others are being added.
 */
@ApplicationScoped
public class ClaimListing {

    /** Sorts claims without an open deadline after every real one. */
    private static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");
    public static final int MAX_LIMIT = 200;

    private final ClaimService claims;
    private final ClaimsConfig config;
    private final Clock clock;

    public ClaimListing(ClaimService claims, ClaimsConfig config, Clock clock) {
        this.claims = claims;
        this.config = config;
        this.clock = clock;
    }

    /** What to list; every part is optional. {@code createdFrom}/{@code createdTo} are inclusive days in the store's zone. */
    public record Filter(Set<ClaimStatus> statuses, Optional<RequestType> type, Optional<Boolean> overdue,
                         Optional<String> productModel, Optional<LocalDate> createdFrom, Optional<LocalDate> createdTo) {
    }

    public record Page(List<ClaimEntity> claims, Optional<String> nextCursor) {
    }

    @Transactional
    public Page list(Filter filter, Optional<String> cursor, int limit, Caller caller) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("noDeadline", NO_DEADLINE);
        if (caller.isCustomer()) {
            where.add("customerId = :customer");
            params.and("customer", caller.id());
        }
        if (!filter.statuses().isEmpty()) {
            where.add("status in :statuses");
            params.and("statuses", filter.statuses());
        }
        filter.type().ifPresent(type -> {
            where.add("requestType = :type");
            params.and("type", type);
        });
        filter.productModel().ifPresent(model -> {
            where.add("lower(productModel) = :model");
            params.and("model", model.toLowerCase(java.util.Locale.ROOT));
        });
        filter.overdue().ifPresent(overdue -> {
            where.add(overdue ? "openDeadline < :now" : "(openDeadline is null or openDeadline >= :now)");
            params.and("now", clock.instant());
        });
        filter.createdFrom().ifPresent(day -> {
            where.add("createdAt >= :createdFrom");
            params.and("createdFrom", day.atStartOfDay(config.zone()).toInstant());
        });
        filter.createdTo().ifPresent(day -> {
            where.add("createdAt < :createdBefore");
            params.and("createdBefore", day.plusDays(1).atStartOfDay(config.zone()).toInstant());
        });
        cursor.map(ClaimListing::decode).ifPresent(position -> {
            where.add("(coalesce(openDeadline, :noDeadline) > :afterDeadline"
                    + " or (coalesce(openDeadline, :noDeadline) = :afterDeadline and id > :afterId))");
            params.and("afterDeadline", position.deadline()).and("afterId", position.id());
        });
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where))
                + " order by coalesce(openDeadline, :noDeadline), id";
        List<ClaimEntity> found = ClaimEntity.<ClaimEntity>find(query, params).page(0, limit).list();
        Optional<String> next = found.size() < limit ? Optional.empty()
                : Optional.of(encode(found.get(found.size() - 1)));
        return new Page(found, next);
    }

    /** The audit trail of a claim the caller may see, oldest first. */
    @Transactional
    public List<ClaimHistoryEntity> history(UUID id, Caller caller) {
        claims.visibleTo(id, caller);
        return ClaimHistoryEntity.ofClaim(id);
    }

    private record Position(Instant deadline, UUID id) {
    }

    private static String encode(ClaimEntity last) {
        Instant deadline = last.openDeadline == null ? NO_DEADLINE : last.openDeadline;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((deadline + "|" + last.id).getBytes(StandardCharsets.UTF_8));
    }

    private static Position decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw InvalidRequestException.of("cursor", "is not a cursor this service gave out");
        }
    }
}
