package com.kospet.warranty.policy.rest;

import com.kospet.warranty.model.problem.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The policy over HTTP, as the storefront and claims-service call it. */
@QuarkusTest
class PolicyResourceTest {

    @Test
    void theContractsExampleQuestionGetsTheContractsAnswer() {
        given().contentType(ContentType.JSON).body(Examples.QUESTION)
                .when().post("/api/policy/evaluate")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("policyVersion", equalTo("2024-01"))
                .body("evaluatedOn", equalTo("2026-02-05"))
                .body("serviceTimes.confirmation", equalTo("PT24H"))
                .body("serviceTimes.returnShipmentWorkingDays", equalTo(7))
                .body("serviceTimes.payment", equalTo("P7D"))
                .body("serviceTimes.replacementDispatch", equalTo("PT48H"))
                .body("serviceTimes.deliveryMinWorkingDays", equalTo(10))
                .body("serviceTimes.deliveryMaxWorkingDays", equalTo(30))
                .body("options.type", contains("DEFECT_RETURN", "DEFECT_REPLACEMENT", "NO_DEFECT_RETURN", "CANCEL",
                        "WORRY_FREE_REPLACEMENT"))
                .body("options[0].status", equalTo("ELIGIBLE"))
                .body("options[0].deadline", equalTo("2026-02-09"))
                .body("options[0].money.refund.amount", equalTo("199.00"))
                .body("options[0].money.refund.currency", equalTo("USD"))
                .body("options[0].money.refund.size()", equalTo(2))
                .body("options[0].money.depreciation.amount", equalTo("0.00"))
                .body("options[0].money", hasKey("priceDifference"))
                .body("options[0].money.priceDifference", nullValue())
                .body("options[0].shipping", hasSize(1))
                .body("options[0].shipping[0].leg", equalTo("RETURN"))
                .body("options[0].shipping[0].payer", equalTo("STORE"))
                .body("options[0].shipping[0]", hasKey("cost"))
                .body("options[0].requirements", hasSize(0))
                .body("options[0]", hasKey("redirect"))
                .body("options[0].trace[0].rule", equalTo("DR-1"))
                .body("options[0].trace[0].outcome", equalTo("PASSED"))
                .body("options[0].trace[0].reason",
                        equalTo("later of 2026-01-27 (delivery window + 7 days) and 2026-02-09 (order + 30 days)"));
    }

    @Test
    void moneyIsExactlyAnAmountStringAndACurrency() {
        String body = given().contentType(ContentType.JSON).body(Examples.QUESTION)
                .when().post("/api/policy/evaluate")
                .then().statusCode(200).extract().asString();

        org.assertj.core.api.Assertions.assertThat(body).contains("\"refund\":{\"amount\":\"199.00\",\"currency\":\"USD\"}");
    }

    @Test
    void everyTraceEntryIsExactlyARuleAnOutcomeAndAReason() {
        String body = given().contentType(ContentType.JSON).body(Examples.QUESTION)
                .when().post("/api/policy/evaluate")
                .then().statusCode(200).extract().asString();

        org.assertj.core.api.Assertions.assertThat(body).contains("{\"rule\":\"WQ-1\",\"outcome\":\"PASSED\","
                + "\"reason\":\"a quality problem is covered by the warranty\"}");
    }

    @Test
    void aRefusalSaysWhichRuleFailedAfterTheRulesThatPassed() {
        String accidentAtTheLimit = Examples.QUESTION.replace("\"QUALITY_PROBLEM\"", "\"COLLISION\"")
                .replace("\"priorWorryFreeReplacements\": 0", "\"priorWorryFreeReplacements\": 2");

        given().contentType(ContentType.JSON).body(accidentAtTheLimit)
                .when().post("/api/policy/evaluate")
                .then().statusCode(200)
                .body("options[4].type", equalTo("WORRY_FREE_REPLACEMENT"))
                .body("options[4].status", equalTo("NOT_ELIGIBLE"))
                .body("options[4].trace.rule", contains("WF-1", "WF-2", "WF-3"))
                .body("options[4].trace.outcome", contains("PASSED", "PASSED", "FAILED"))
                .body("options[4].trace[2].reason", containsString("already replaced 2 time(s)"));
    }

    @Test
    void aMissingRequirementIsIncompleteAndATermIsApplied() {
        String noMedia = Examples.QUESTION.replace("\"mediaCount\": 2", "\"mediaCount\": 0");

        given().contentType(ContentType.JSON).body(noMedia)
                .when().post("/api/policy/evaluate")
                .then().statusCode(200)
                .body("options[1].type", equalTo("DEFECT_REPLACEMENT"))
                .body("options[1].status", equalTo("INCOMPLETE"))
                .body("options[1].trace.find { it.rule == 'DP-2' }.outcome", equalTo("INCOMPLETE"))
                .body("options[1].trace.find { it.rule == 'DP-3' }.outcome", equalTo("APPLIED"));
    }

    @Test
    void aPurchaseOnAmazonIsRedirected() {
        given().contentType(ContentType.JSON).body(Examples.AMAZON_QUESTION)
                .when().post("/api/policy/evaluate")
                .then().statusCode(200)
                .body("options.status", everyItemIs("NOT_ELIGIBLE"))
                .body("options[0].redirect.channel", equalTo("AMAZON"))
                .body("options[0].redirect.message", notNullValue())
                .body("options[0].trace[0].rule", equalTo("SCOPE-1"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @ParameterizedTest(name = "{0} → 400 naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON          | {"channel":                                                                                                              | body
            an unknown channel      | {"channel":"MARS","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"}}                                   | channel
            an unknown cause        | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"},"cause":"BORED"}         | cause
            a missing channel       | {"orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"}}                                                    | channel
            a missing order date    | {"channel":"OFFICIAL_STORE","requestDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"}}                       | orderDate
            a missing price         | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10"}                                                                     | price
            a price without currency| {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00"}}                                           | price.currency
            an unknown currency     | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"XYZ"}}                         | price.currency
            a negative price        | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"-1.00","currency":"USD"}}                        | price.amount
            a price that is text    | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"cheap","currency":"USD"}}                        | price.amount
            a media count as text   | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"},"mediaCount":"two"}      | mediaCount
            an impossible date      | {"channel":"OFFICIAL_STORE","orderDate":"2026-02-30","price":{"amount":"1.00","currency":"USD"}}                         | orderDate
            an absurd year          | {"channel":"OFFICIAL_STORE","orderDate":"1066-10-14","price":{"amount":"1.00","currency":"USD"}}                         | orderDate
            a delivery before order | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","deliveredDate":"2026-01-01","price":{"amount":"1.00","currency":"USD"}} | deliveredDate
            a request before order  | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","requestDate":"2026-01-01","price":{"amount":"1.00","currency":"USD"}}   | requestDate
            a currency mismatch     | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"},"shippingCost":{"amount":"1.00","currency":"EUR"}} | shippingCost.currency
            an array for a body     | [1,2,3]                                                                                                                   | body
            trailing close braces   | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"}}}}}                      | body
            a second object after   | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"}} {"channel":"AMAZON"}    | body
            a fractional media count| {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"},"mediaCount":2.5}         | mediaCount
            a whole count as 2.0    | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"},"mediaCount":2.0}         | mediaCount
            fractional replacements | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"},"priorWorryFreeReplacements":1.5} | priorWorryFreeReplacements
            a count beyond any int  | {"channel":"OFFICIAL_STORE","orderDate":"2026-01-10","price":{"amount":"1.00","currency":"USD"},"mediaCount":99999999999} | mediaCount
            """)
    void badInputIsAProblemDetailNamingTheField(String what, String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/policy/evaluate")
                .then().statusCode(400)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo("https://warranty.kospet.com/problems/invalid-request"))
                .body("title", equalTo("Invalid request"))
                .body("status", equalTo(400))
                .body("detail", notNullValue())
                .body("instance", equalTo("/api/policy/evaluate"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .when().post("/api/policy/evaluate")
                .then().statusCode(400).contentType(ProblemDetail.MEDIA_TYPE)
                .body("errors.field", hasItem("body"));
    }

    @Test
    void anUnknownPathIsAProblemDetail() {
        // Outside the API document, so outside its contract.
        RestAssured.given().when().get("/api/policy/nothing-here")
                .then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/policy/nothing-here"));
    }

    @Test
    void aWrongMethodIsAProblemDetailThatNamesTheMethodsAllowed() {
        // Outside the API document, so outside its contract.
        RestAssured.given().when().get("/api/policy/evaluate")
                .then().statusCode(405).contentType(ProblemDetail.MEDIA_TYPE).body("status", equalTo(405))
                .body("type", equalTo("about:blank"))
                .header("Allow", containsString("POST"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        given().contentType(ContentType.TEXT).body("a watch")
                .when().post("/api/policy/evaluate")
                .then().statusCode(415).contentType(ProblemDetail.MEDIA_TYPE).body("status", equalTo(415));
    }

    @Test
    void theVersionsAreListedWithTheirParametersAndEffectiveDates() {
        given().when().get("/api/policy")
                .then().statusCode(200)
                .body("inForceToday", equalTo("2024-01"))
                .body("versions[0].version", equalTo("2024-01"))
                .body("versions[0].effectiveFrom", equalTo("2024-01-01"))
                .body("versions[0].defectReturn.afterOrder", equalTo("P30D"))
                .body("versions[0].noDefectReturn.depreciationRate", equalTo("0.70"))
                .body("versions[0].worryFree.replacementLimit", equalTo(2))
                .body("versions[0].freight.WORRY_FREE_REPLACEMENT.RETURN", equalTo("CUSTOMER"))
                .body("versions[0].serviceTimes.returnShipmentWorkingDays", equalTo(7))
                .body("versions[0].serviceTimes.payment", equalTo("P7D"))
                .body("versions[0].holidayCalendar", equalTo("US"));
    }

    @Test
    void theCurrentVersionIsATinyJsonDocument() {
        given().when().get("/api/policy/current")
                .then().statusCode(200).body("version", equalTo("2024-01")).body("effectiveFrom", equalTo("2024-01-01"));
    }

    @Test
    void theOpenApiDocumentDescribesBothEndpointsWithExamples() {
        given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/policy/evaluate"))
                .body("paths", hasKey("/api/policy"))
                .body("paths.'/api/policy/evaluate'.post.requestBody.content.'application/json'.examples",
                        hasKey("defect within the return window"))
                .body("paths.'/api/policy/evaluate'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/policy/evaluate'.post.responses", hasKey("413"))
                .body("paths.'/api/policy/evaluate'.post.responses", hasKey("429"))
                .body("paths.'/api/policy/current'.get.responses", hasKey("414"))
                .body("paths.'/api/policy/evaluate'.post.responses", not(hasKey("503")));
    }

    @Test
    void theServiceReportsItselfHealthy() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
