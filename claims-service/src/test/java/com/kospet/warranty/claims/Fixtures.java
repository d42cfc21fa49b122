package com.kospet.warranty.claims;

import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.kospet.warranty.testinfra.OpenApiContract.given;

/** Orders, customers and requests with unique values per test, so no test sees another's rows. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    public record Customer(String id, String email) {
        public RequestSpecification asCustomer() {
            return given().auth().oauth2(TestTokens.customer(id, email)).contentType(ContentType.JSON);
        }
    }

    public static Customer newCustomer() {
        String id = "c-" + UUID.randomUUID();
        return new Customer(id, id + "@example.com");
    }

    public static String newOrderNumber() {
        return "KP-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    }

    public static RequestSpecification asService() {
        return given().auth().oauth2(TestTokens.service("order-system")).contentType(ContentType.JSON);
    }

    public static RequestSpecification asStaff() {
        return given().auth().oauth2(TestTokens.staff("agent-1")).contentType(ContentType.JSON);
    }

    /** An official-store order placed {@code daysAgo} days before today, delivered, one unit "SN-1" at 199.00 USD. */
    public static String deliveredOrder(Customer customer, String orderNumber, int daysAgo) {
        return deliveredOrder(customer, orderNumber, daysAgo, "TANK T3");
    }

    /** The same, of another product model. Shipped two days and delivered eight days after the order, or today if sooner. */
    public static String deliveredOrder(Customer customer, String orderNumber, int daysAgo, String productModel) {
        LocalDate today = LocalDate.now();
        LocalDate ordered = today.minusDays(daysAgo);
        LocalDate shipped = earliest(ordered.plusDays(2), today);
        LocalDate delivered = earliest(ordered.plusDays(8), today);
        return """
                {"customerId":"%s","customerEmail":"%s","channel":"OFFICIAL_STORE",
                 "orderDate":"%s","maxEstimatedDeliveryDate":"%s","shippedDate":"%s","deliveredDate":"%s",
                 "currency":"USD","purchaseLink":"https://store.example/orders/%s",
                 "items":[{"unitId":"SN-1","productModel":"%s","price":"199.00","shippingCost":"12.00"}]}
                """.formatted(customer.id(), customer.email(), ordered, ordered.plusDays(10), shipped,
                delivered, orderNumber, productModel);
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    /** An official-store order placed {@code daysAgo} days before today and not shipped yet (CX-1: free cancellation). */
    public static String unshippedOrder(Customer customer, String orderNumber, int daysAgo) {
        LocalDate ordered = LocalDate.now().minusDays(daysAgo);
        return """
                {"customerId":"%s","customerEmail":"%s","channel":"OFFICIAL_STORE",
                 "orderDate":"%s","maxEstimatedDeliveryDate":"%s",
                 "currency":"USD","purchaseLink":"https://store.example/orders/%s",
                 "items":[{"unitId":"SN-1","productModel":"TANK T3","price":"199.00","shippingCost":"12.00"}]}
                """.formatted(customer.id(), customer.email(), ordered, ordered.plusDays(10), orderNumber);
    }

    /** A claim the policy accepts, of a fresh customer on a fresh order: its id, its customer and its order. */
    public record OpenClaim(String id, Customer customer, String orderNumber) {
        public java.util.UUID uuid() {
            return UUID.fromString(id);
        }
    }

    /** Opens a claim of {@code requestType} for {@code cause} on a delivered order placed 10 days ago (an unshipped one for CANCEL). */
    public static OpenClaim openClaim(String requestType, String cause) {
        return openClaim(newCustomer(), requestType, cause, "TANK T3");
    }

    /** The same, for {@code customer} and a unit of {@code productModel}. */
    public static OpenClaim openClaim(Customer customer, String requestType, String cause, String productModel) {
        String orderNumber = newOrderNumber();
        String order = "CANCEL".equals(requestType) ? unshippedOrder(customer, orderNumber, 2)
                : deliveredOrder(customer, orderNumber, 10, productModel);
        asService().body(order).put("/api/orders/{n}", orderNumber).then().statusCode(201);
        String id = customer.asCustomer().body(claim(orderNumber, requestType, cause))
                .post("/api/claims").then().statusCode(201).extract().path("id");
        return new OpenClaim(id, customer, orderNumber);
    }

    public static String returnShipment(boolean dataBackedUp, boolean simRemoved, boolean factoryReset) {
        return """
                {"carrier":"UPS","trackingNumber":"1Z999AA10123456784",
                 "dataBackedUp":%s,"simRemoved":%s,"factoryReset":%s}
                """.formatted(dataBackedUp, simRemoved, factoryReset);
    }

    public static String claim(String orderNumber, String requestType, String cause) {
        return """
                {"orderNumber":"%s","unitId":"SN-1","requestType":"%s","cause":"%s",
                 "description":"The screen stays black after charging.","mediaCount":2,
                 "contact":{"name":"Ada Lovelace","locale":"en"}}
                """.formatted(orderNumber, requestType, cause);
    }

    /** {@code caller} takes {@code action} on the claim ({@code POST /api/claims/{id}/<action>}), with {@code body} if any. */
    public static ValidatableResponse act(RequestSpecification caller, OpenClaim claim, String action, String body) {
        RequestSpecification request = body == null ? caller : caller.body(body);
        return request.post("/api/claims/{id}/" + action, claim.id()).then();
    }

    /** A delivered order of {@code customer}, placed {@code daysAgo} days ago, stored through the order feed; its number. */
    public static String storedOrder(Customer customer, int daysAgo) {
        String orderNumber = newOrderNumber();
        asService().body(deliveredOrder(customer, orderNumber, daysAgo)).put("/api/orders/{n}", orderNumber)
                .then().statusCode(201);
        return orderNumber;
    }

    /** {@code customer} asks for {@code type} on unit {@code unitId} of the order, with no Idempotency-Key. */
    public static ValidatableResponse submit(Customer customer, String orderNumber, String unitId, String type, String cause) {
        return customer.asCustomer().body(claim(orderNumber, type, cause).replace("\"SN-1\"", "\"" + unitId + "\""))
                .post("/api/claims").then();
    }

    /**
     * Puts one claim back as {@code migration} found the claims stored before it ({@code column} empty) and runs that
     * migration's backfill again: its text from {@code backfillStart} on, as Flyway runs it.
     */
    public static void backfillAgain(UUID claimId, String column, String migration, String backfillStart) {
        String backfill;
        try (InputStream sql = Fixtures.class.getClassLoader().getResourceAsStream("db/migration/" + migration)) {
            String text = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            backfill = text.substring(text.indexOf(backfillStart));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            var db = ClaimEntity.getEntityManager();
            db.createNativeQuery("update {h-schema}claims set " + column + " = null where id = ?1")
                    .setParameter(1, claimId).executeUpdate();
            // Flyway runs migrations with the service's schema first on the search path.
            db.createNativeQuery("set local search_path to claims").executeUpdate();
            db.createNativeQuery(backfill).executeUpdate();
        });
    }

    /** How many claims are stored on one unit of an order. */
    public static long claimsOn(String orderNumber, String unitId) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimEntity.count("orderNumber = ?1 and unitId = ?2", orderNumber, unitId));
    }

    /** Runs {@code call} from {@code times} threads at once; the HTTP statuses they got. */
    public static List<Integer> concurrently(int times, Callable<Integer> call) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            calls.add(call);
        }
        return concurrently(times, calls);
    }

    public static List<Integer> concurrently(int threads, List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
