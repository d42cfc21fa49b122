package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.service.ClaimListing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.kospet.warranty.claims.Fixtures.act;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The staff queue pages with a cursor on (nearest open deadline, id), read from the index claims_queue: pages follow
 * each other without repeats or gaps, ties included, and no page sorts or scans the whole table.
 */
@QuarkusTest
class ClaimQueuePagingTest {

    private static final Caller STAFF = new Caller("agent-1", Optional.empty(), Caller.Role.STAFF);

    @Inject
    ClaimListing listing;

    @Inject
    EntityManager entityManager;

    /** Claims of one customer: two tied on one real deadline, one with a later deadline, three waiting on nobody. */
    private static List<OpenClaim> claimsWithTies(Customer customer) {
        List<OpenClaim> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claims.add(Fixtures.openClaim(customer, "DEFECT_RETURN", "QUALITY_PROBLEM", "TANK T3"));
        }
        for (OpenClaim settled : claims.subList(3, 6)) {
            act(customer.asCustomer(), settled, "cancel", null).statusCode(200);
        }
        Instant tied = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        setOpenDeadline(claims.get(0), tied);
        setOpenDeadline(claims.get(1), tied);
        setOpenDeadline(claims.get(2), tied.plusSeconds(60));
        return claims;
    }

    private static void setOpenDeadline(OpenClaim claim, Instant deadline) {
        QuarkusTransaction.requiringNew().run(() -> ClaimEntity.getEntityManager()
                .createNativeQuery("update {h-schema}claims set open_deadline = ?1 where id = ?2")
                .setParameter(1, deadline.atOffset(ZoneOffset.UTC)).setParameter(2, claim.uuid()).executeUpdate());
    }

    /** The queue's order, as PostgreSQL compares uuids (their bytes, i.e. their lower-case text). */
    private static List<String> expectedOrder(List<OpenClaim> claims, Map<String, Instant> deadlines) {
        return claims.stream().map(OpenClaim::id)
                .sorted(Comparator.<String, Instant>comparing(id -> deadlines.getOrDefault(id, Instant.MAX))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    @Test
    void pagesFollowTheQueueOrderAcrossTiesWithoutRepeatsOrGaps() {
        Customer customer = Fixtures.newCustomer();
        List<OpenClaim> claims = claimsWithTies(customer);
        JsonPath all = asStaff().queryParam("customerId", customer.id()).queryParam("limit", 200).get("/api/claims")
                .then().statusCode(200).body("nextCursor", nullValue()).extract().jsonPath();
        Map<String, Instant> deadlines = new java.util.HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            String deadline = all.getString("items[" + i + "].openDeadline");
            if (deadline != null) {
                deadlines.put(all.getString("items[" + i + "].id"), Instant.parse(deadline));
            }
        }
        assertThat(deadlines).hasSize(3);
        List<String> expected = expectedOrder(claims, deadlines);
        assertThat(all.getList("items.id", String.class)).isEqualTo(expected);

        for (int limit : new int[] {1, 2, 4, 5}) {
            List<String> walked = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = asStaff().queryParam("customerId", customer.id()).queryParam("limit", limit);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get("/api/claims").then().statusCode(200).extract().jsonPath();
                List<String> items = page.getList("items.id", String.class);
                assertThat(items).hasSizeLessThanOrEqualTo(limit).isNotEmpty();
                walked.addAll(items);
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null);
            assertThat(walked).as("pages of %d", limit).isEqualTo(expected);
            // A next page is offered only when there is one: 6 claims make exactly ceil(6 / limit) pages.
            assertThat(pages).isEqualTo((claims.size() + limit - 1) / limit);
        }
    }

    @Test
    void aClaimAddedBehindTheCursorIsNeitherRepeatedNorSkipped() {
        Customer customer = Fixtures.newCustomer();
        List<OpenClaim> claims = claimsWithTies(customer);
        JsonPath first = asStaff().queryParam("customerId", customer.id()).queryParam("limit", 3).get("/api/claims")
                .then().statusCode(200).extract().jsonPath();
        OpenClaim added = Fixtures.openClaim(customer, "NO_DEFECT_RETURN", "NONE", "TANK M3");
        List<String> rest = asStaff().queryParam("customerId", customer.id()).queryParam("limit", 200)
                .queryParam("cursor", first.getString("nextCursor")).get("/api/claims")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<String> seen = new ArrayList<>(first.getList("items.id", String.class));
        seen.addAll(rest);
        assertThat(seen).doesNotHaveDuplicates().hasSize(claims.size() + 1).contains(added.id());
    }

    @Test
    void aCursorThatIsNotOneTheServiceGaveOutIsABadRequest() {
        for (String bad : List.of("not-a-cursor", "%%%", encoder("2026-01-01T00:00:00Z"), encoder("2026-01-01T00:00:00Z|nope"),
                encoder("+1000000-01-01T00:00:00Z|" + UUID.randomUUID()), encoder("1800-01-01T00:00:00Z|" + UUID.randomUUID()))) {
            asStaff().queryParam("cursor", bad).get("/api/claims").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
    }

    private static String encoder(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The plan of the first and of a deep page, with sequential and bitmap scans ruled out: the test table is small,
     * where those would rightly win, but a plan without a Sort exists only if an index yields the queue's order itself.
     * (bench/queue.sh shows the same plan chosen freely over 100,000 open claims.)
     */
    @Test
    void aQueuePageReadsTheQueueIndexInOrderAndSortsNothing() {
        ClaimListing.Position deep = new ClaimListing.Position(Instant.now(), UUID.randomUUID());
        for (ClaimListing.QueueQuery query : List.of(
                listing.queueQuery(ClaimListing.Filter.none(), Optional.empty(), Optional.empty(), STAFF),
                listing.queueQuery(ClaimListing.Filter.none(), Optional.of(deep), Optional.empty(), STAFF),
                listing.queueQuery(new ClaimListing.Filter(Set.of(), Optional.empty(), Optional.of(false), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()), Optional.of(deep), Optional.empty(), STAFF))) {
            String plan = plan(query);
            assertThat(plan).as(plan).contains("Index Scan using claims_queue").doesNotContain("Sort");
            if (query.parameters().containsKey("afterId")) {
                assertThat(plan).as(plan).containsPattern("Index Cond: .*ROW\\(queue_deadline, id\\) >");
            }
        }
    }

    private String plan(ClaimListing.QueueQuery query) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            entityManager.createNativeQuery("set local enable_bitmapscan = off").executeUpdate();
            Query explain = entityManager.createNativeQuery("explain " + query.pageSql());
            query.parameters().forEach(explain::setParameter);
            explain.setParameter("limit", 50);
            return String.join("\n", explain.getResultList().stream().map(Object::toString).toList());
        });
    }
}
