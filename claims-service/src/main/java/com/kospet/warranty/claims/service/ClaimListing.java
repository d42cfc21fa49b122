package com.kospet.warranty.claims.service;

import com.kospet.warranty.claims.config.ClaimsConfig;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.domain.ClaimReference;
import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.ClaimHistoryEntity;
import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds claims: staff all of them, a customer their own. Ordered by the nearest open deadline (claims
 * waiting on nobody last), then by id, and paged with a cursor on that order (keyset paging: a page is read
 * from the index {@code claims_queue} onwards from the cursor, so every page costs the same however deep) that
 * never repeats or skips a claim while others are being added.
 */
@ApplicationScoped
public class ClaimListing {

    /**
     * Sorts claims without an open deadline after every real one; the column {@code queue_deadline} (migration V7)
     * holds the same instant for them.
     */
    static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");
    private static final Instant EARLIEST_DEADLINE = Instant.parse("1900-01-01T00:00:00Z");
    public static final int MAX_LIMIT = 200;

    private final ClaimService claims;
    private final ClaimsConfig config;
    private final Clock clock;
    private final EntityManager entityManager;

    public ClaimListing(ClaimService claims, ClaimsConfig config, Clock clock, EntityManager entityManager) {
        this.claims = claims;
        this.config = config;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * What to list; every part is optional. {@code createdFrom}/{@code createdTo} are inclusive days in the store's
     * zone; the search fields are exact matches, the email address in any case.
     */
    public record Filter(Set<ClaimStatus> statuses, Optional<RequestType> type, Optional<Boolean> overdue,
                         Optional<String> productModel, Optional<LocalDate> createdFrom, Optional<LocalDate> createdTo,
                         Optional<String> orderNumber, Optional<String> customerId, Optional<String> customerEmail,
                         Optional<String> unitId, Optional<ClaimReference> reference) {

        public static Filter none() {
            return new Filter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A place in the queue: the claim there, by its queue deadline and id. The cursor is its opaque token. */
    public record Position(Instant deadline, UUID id) {

        public static Position of(ClaimEntity claim) {
            return new Position(claim.openDeadline == null ? NO_DEADLINE : claim.openDeadline, claim.id);
        }

        public String token() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((deadline + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        /** A cursor this service gave out; anything else is a 400 naming {@code cursor}. */
        public static Position parse(String cursor) {
            Position position;
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", 2);
                position = new Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw notACursor();
            }
            if (position.deadline.isBefore(EARLIEST_DEADLINE) || position.deadline.isAfter(NO_DEADLINE)) {
                throw notACursor();
            }
            return position;
        }

        private static InvalidRequestException notACursor() {
            return InvalidRequestException.of("cursor", "is not a cursor this service gave out");
        }
    }

    public record Page(List<ClaimEntity> claims, Optional<String> nextCursor) {
    }

    /** At most {@code limit} claims after {@code cursor}, and the cursor of the next page if there is one. */
    @Transactional
    public Page list(Filter filter, Optional<String> cursor, int limit, Caller caller) {
        List<ClaimEntity> found = slice(filter, cursor.map(Position::parse), Optional.empty(), limit + 1, caller);
        if (found.size() <= limit) {
            return new Page(found, Optional.empty());
        }
        List<ClaimEntity> page = found.subList(0, limit);
        return new Page(List.copyOf(page), Optional.of(Position.of(page.get(limit - 1)).token()));
    }

    /**
     * At most {@code limit} claims in queue order after {@code after} and up to {@code through} (inclusive): what an
     * export reads batch by batch.
     */
    @Transactional
    public List<ClaimEntity> slice(Filter filter, Optional<Position> after, Optional<Position> through, int limit, Caller caller) {
        QueueQuery query = queueQuery(filter, after, through, caller);
        Query select = entityManager.createNativeQuery(query.pageSql(), ClaimEntity.class);
        query.parameters().forEach(select::setParameter);
        select.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<ClaimEntity> found = select.getResultList();
        return found;
    }

    /**
     * The position of the claim {@code rows} places after {@code after}, if the list reaches that far: the end of an
     * export of at most {@code rows} claims, and where the next one starts. A one-off walk of the index, for
     * exports only; pages never count their way along.
     */
    @Transactional
    public Optional<Position> positionAfter(Filter filter, Optional<Position> after, int rows, Caller caller) {
        QueueQuery query = queueQuery(filter, after, Optional.empty(), caller);
        Query select = entityManager.createNativeQuery("select c.queue_deadline, c.id from {h-schema}claims c where "
                + query.where() + " order by c.queue_deadline, c.id offset :skip limit 1");
        query.parameters().forEach(select::setParameter);
        select.setParameter("skip", rows - 1);
        List<?> found = select.getResultList();
        return found.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Position(instant(columns[0]), (UUID) columns[1]);
        });
    }

    /**
     * The conditions of a listing (native SQL over {@code claims c}, with named parameters), shaped so that the
     * queue's order is the index {@code claims_queue}: a cursor is a row comparison on that index's columns.
     */
    public record QueueQuery(String where, Map<String, Object> parameters) {

        /** The claims in queue order, at most {@code :limit} of them. */
        public String pageSql() {
            return "select c.* from {h-schema}claims c where " + where + " order by c.queue_deadline, c.id limit :limit";
        }
    }

    /** The conditions {@link #list} and {@link #slice} run, for a look at their plan. */
    public QueueQuery queueQuery(Filter filter, Optional<Position> after, Optional<Position> through, Caller caller) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        caller.customerId().ifPresent(customer -> {
            where.add("c.customer_id = :caller");
            params.put("caller", customer);
        });
        if (!filter.statuses().isEmpty()) {
            where.add("c.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        filter.type().ifPresent(type -> {
            where.add("c.request_type = :type");
            params.put("type", type.name());
        });
        filter.productModel().ifPresent(model -> {
            where.add("lower(c.product_model) = :model");
            params.put("model", model.toLowerCase(Locale.ROOT));
        });
        filter.overdue().ifPresent(overdue -> {
            // A claim waiting on nobody sorts at NO_DEADLINE, never overdue: the queue index answers both.
            where.add(overdue ? "c.queue_deadline < :now" : "c.queue_deadline >= :now");
            params.put("now", timestamp(clock.instant()));
        });
        filter.createdFrom().ifPresent(day -> {
            where.add("c.created_at >= :createdFrom");
            params.put("createdFrom", timestamp(day.atStartOfDay(config.zone()).toInstant()));
        });
        filter.createdTo().ifPresent(day -> {
            where.add("c.created_at < :createdBefore");
            params.put("createdBefore", timestamp(day.plusDays(1).atStartOfDay(config.zone()).toInstant()));
        });
        filter.orderNumber().ifPresent(orderNumber -> {
            where.add("c.order_number = :orderNumber");
            params.put("orderNumber", orderNumber);
        });
        filter.customerId().ifPresent(customerId -> {
            where.add("c.customer_id = :customerId");
            params.put("customerId", customerId);
        });
        filter.customerEmail().ifPresent(email -> {
            // The expression of the index claims_customer_email.
            where.add("lower(c.customer_email) = lower(:customerEmail)");
            params.put("customerEmail", email);
        });
        filter.unitId().ifPresent(unitId -> {
            where.add("c.unit_id = :unitId");
            params.put("unitId", unitId);
        });
        filter.reference().ifPresent(reference -> {
            where.add("c.id between :referenceFirst and :referenceLast");
            params.put("referenceFirst", reference.firstId());
            params.put("referenceLast", reference.lastId());
        });
        after.ifPresent(position -> {
            where.add("(c.queue_deadline, c.id) > (:afterDeadline, :afterId)");
            params.put("afterDeadline", timestamp(position.deadline()));
            params.put("afterId", position.id());
        });
        through.ifPresent(position -> {
            where.add("(c.queue_deadline, c.id) <= (:throughDeadline, :throughId)");
            params.put("throughDeadline", timestamp(position.deadline()));
            params.put("throughId", position.id());
        });
        return new QueueQuery(where.isEmpty() ? "true" : String.join(" and ", where), params);
    }

    /** The audit trail of a claim the caller may see, oldest first. */
    @Transactional
    public List<ClaimHistoryEntity> history(UUID id, Caller caller) {
        claims.visibleTo(id, caller);
        return ClaimHistoryEntity.ofClaim(id);
    }

    /** Bound as timestamptz, the type of the columns it is compared with, so their indexes apply. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object column) {
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected queue_deadline of type " + column.getClass().getName());
    }
}
