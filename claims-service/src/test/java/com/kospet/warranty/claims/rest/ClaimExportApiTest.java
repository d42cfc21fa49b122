package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.Customer;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.kospet.warranty.claims.Fixtures.act;
import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Staff export the claims a listing finds as CSV for a spreadsheet; in tests one file holds 3 claims. */
@QuarkusTest
class ClaimExportApiTest {

    private static final List<String> HEADER = List.of("reference", "id", "status", "requestType", "cause", "openDeadline",
            "orderNumber", "unitId", "productModel", "customerId", "customerEmail", "customerName", "description",
            "evidenceCount", "createdAt", "updatedAt");

    /** A claim of {@code customer} whose description is {@code description}, as the customer typed it. */
    private static OpenClaim claimDescribedAs(Customer customer, String description) {
        String orderNumber = Fixtures.newOrderNumber();
        asService().body(Fixtures.deliveredOrder(customer, orderNumber, 10)).put("/api/orders/{n}", orderNumber).then().statusCode(201);
        String body = Fixtures.claim(orderNumber, "DEFECT_RETURN", "QUALITY_PROBLEM")
                .replace("\"The screen stays black after charging.\"", quoteJson(description));
        String id = customer.asCustomer().body(body).post("/api/claims").then().statusCode(201).extract().path("id");
        return new OpenClaim(id, customer, orderNumber);
    }

    private static String quoteJson(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }

    private static ExtractableResponse<Response> export(String parameter, String value) {
        return asStaff().accept("text/csv").queryParam(parameter, value).get("/api/claims").then().statusCode(200)
                .contentType("text/csv").extract();
    }

    /** RFC 4180's grammar, read strictly: records end in CRLF, quoted fields double their quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            if (csv.charAt(i) == '"') {
                i++;
                while (true) {
                    char c = csv.charAt(i++);
                    if (c == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            }
            while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                assertThat(csv.charAt(i)).as("unquoted field characters at %d", i).isNotIn('"', '\n');
                field.append(csv.charAt(i++));
            }
            record.add(field.toString());
            field.setLength(0);
            if (csv.charAt(i) == ',') {
                i++;
            } else {
                assertThat(csv.substring(i, i + 2)).as("record end at %d", i).isEqualTo("\r\n");
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            }
        }
        return records;
    }

    private static List<String> column(List<List<String>> records, String name) {
        int index = records.get(0).indexOf(name);
        return records.subList(1, records.size()).stream().map(record -> record.get(index)).toList();
    }

    @Test
    void staffExportTheClaimsAFilterFindsAsAnAttachedCsvFile() {
        Customer customer = Fixtures.newCustomer();
        OpenClaim first = claimDescribedAs(customer, "Stops charging, \"sometimes\"\r\nthen reboots; Zürich ✓ 表");
        OpenClaim second = claimDescribedAs(customer, "Plain words");
        Fixtures.openClaim("DEFECT_RETURN", "QUALITY_PROBLEM");

        ExtractableResponse<Response> answer = export("customerId", customer.id());
        assertThat(answer.contentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(answer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=claims-" + LocalDate.now(java.time.ZoneOffset.UTC) + ".csv");
        assertThat(answer.header("Link")).isNull();
        List<List<String>> records = parse(new String(answer.asByteArray(), StandardCharsets.UTF_8));

        assertThat(records.get(0)).isEqualTo(HEADER);
        assertThat(records).hasSize(3).allSatisfy(record -> assertThat(record).hasSize(HEADER.size()));
        List<String> listed = asStaff().queryParam("customerId", customer.id()).get("/api/claims").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertThat(column(records, "id")).isEqualTo(listed).containsExactlyInAnyOrder(first.id(), second.id());
        int row = column(records, "id").indexOf(first.id()) + 1;
        assertThat(records.get(row).get(HEADER.indexOf("description"))).isEqualTo("Stops charging, \"sometimes\"\r\nthen reboots; Zürich ✓ 表");
        assertThat(records.get(row).get(HEADER.indexOf("reference"))).isEqualTo(first.id().substring(0, 8).toUpperCase(Locale.ROOT));
        assertThat(records.get(row).get(HEADER.indexOf("customerEmail"))).isEqualTo(customer.email());
        assertThat(records.get(row).get(HEADER.indexOf("orderNumber"))).isEqualTo(first.orderNumber());
        assertThat(records.get(row).get(HEADER.indexOf("status"))).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(records.get(row).get(HEADER.indexOf("customerName"))).isEqualTo("Ada Lovelace");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        Customer customer = Fixtures.newCustomer();
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A9)", "\tstarts with a tab");
        for (String description : hostile) {
            claimDescribedAs(customer, description);
        }
        claimDescribedAs(customer, "harmless = + - @ inside");

        // One export file holds 3 claims in tests; all six are read by following the Link header.
        ExtractableResponse<Response> first = export("customerEmail", customer.email());
        String body = first.asString() + follow(first.header("Link")).asString();
        // Written with a leading apostrophe, then quoted as RFC 4180 asks where the text holds quotes or commas.
        assertThat(body).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", ",'-2+3,", ",'@SUM(A1:A9),",
                ",'+1+cmd|' /C calc'!A0,", ",'\tstarts with a tab,", ",harmless = + - @ inside,");
        List<String> descriptions = column(parse(first.asString()), "description");
        assertThat(descriptions).hasSize(3);
        assertThat(column(parse(body.substring(first.asString().length())), "description")).hasSize(3);
        List<String> all = new ArrayList<>(descriptions);
        all.addAll(column(parse(body.substring(first.asString().length())), "description"));
        assertThat(all).containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+cmd|' /C calc'!A0",
                "'-2+3", "'@SUM(A1:A9)", "'\tstarts with a tab", "harmless = + - @ inside");
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private static ExtractableResponse<Response> follow(String link) {
        assertThat(link).isNotNull();
        Matcher next = NEXT.matcher(link);
        assertThat(next.matches()).as(link).isTrue();
        return asStaff().accept("text/csv").urlEncodingEnabled(false).get(next.group(1)).then().statusCode(200).extract();
    }

    @Test
    void aLargeExportComesInFilesLinkedInQueueOrderWithoutRepeatsOrGaps() {
        Customer customer = Fixtures.newCustomer();
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            opened.add(claimDescribedAs(customer, "claim " + i).id());
        }
        List<String> listed = asStaff().queryParam("customerId", customer.id()).get("/api/claims").then().statusCode(200)
                .extract().jsonPath().getList("items.id");

        List<String> exported = new ArrayList<>();
        ExtractableResponse<Response> file = export("customerId", customer.id());
        int files = 1;
        while (true) {
            List<List<String>> records = parse(file.asString());
            assertThat(records.get(0)).isEqualTo(HEADER);
            assertThat(records.size() - 1).isLessThanOrEqualTo(3);
            exported.addAll(column(records, "id"));
            if (file.header("Link") == null) {
                break;
            }
            file = follow(file.header("Link"));
            files++;
        }
        assertThat(files).isEqualTo(3);
        assertThat(exported).isEqualTo(listed).containsExactlyInAnyOrderElementsOf(opened);
    }

    @Test
    void theExportTakesEveryFilterOfTheList() {
        Customer customer = Fixtures.newCustomer();
        OpenClaim kept = claimDescribedAs(customer, "kept");
        OpenClaim rejected = claimDescribedAs(customer, "rejected");
        act(asStaff(), rejected, "reject", "{\"reason\":\"NO_VALID_PROOF_OF_PURCHASE\"}").statusCode(200);

        String rejectedOnly = asStaff().accept("text/csv").queryParam("customerId", customer.id()).queryParam("status", "REJECTED")
                .get("/api/claims").then().statusCode(200).extract().asString();
        assertThat(column(parse(rejectedOnly), "id")).containsExactly(rejected.id());
        assertThat(column(parse(export("reference", kept.id().substring(0, 8)).asString()), "id")).contains(kept.id())
                .doesNotContain(rejected.id());
        assertThat(column(parse(export("orderNumber", "KP-none-" + customer.id()).asString()), "id")).isEmpty();
        // Bad values are refused as for JSON.
        asStaff().accept("text/csv").queryParam("reference", "xyz").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reference"));
        asStaff().accept("text/csv").queryParam("cursor", "not-a-cursor").get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void onlyStaffExport() {
        Customer customer = Fixtures.newCustomer();
        Fixtures.openClaim(customer, "DEFECT_RETURN", "QUALITY_PROBLEM", "TANK T3");
        customer.asCustomer().accept("text/csv").get("/api/claims").then().statusCode(403)
                .contentType("application/problem+json");
        asService().accept("text/csv").get("/api/claims").then().statusCode(403).contentType("application/problem+json");
        given().accept("text/csv").get("/api/claims").then().statusCode(401);
        // The same customer asking for JSON still gets their list; JSON stays the default for any other Accept.
        customer.asCustomer().get("/api/claims").then().statusCode(200).contentType("application/json");
        asStaff().accept("*/*").queryParam("customerId", customer.id()).get("/api/claims").then().statusCode(200)
                .contentType("application/json");
        asStaff().accept("application/json, text/csv;q=0.5").queryParam("customerId", customer.id()).get("/api/claims")
                .then().statusCode(200).contentType("application/json");
        asStaff().accept("text/csv, application/json;q=0.5").queryParam("customerId", customer.id()).get("/api/claims")
                .then().statusCode(200).contentType("text/csv");
    }
}
