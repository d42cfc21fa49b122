package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.kospet.warranty.claims.Fixtures.act;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The amounts staff confirm are {amount, currency} like every amount of the API; the bare number of the previous
 * version is still read, in the claim's currency, for one version. Bad amounts are 400 and change nothing.
 */
@QuarkusTest
class ConfirmAmountApiTest {

    @Test
    void staffConfirmAmountsAsMoneyInTheClaimsCurrency() {
        OpenClaim claim = Fixtures.openClaim("WORRY_FREE_REPLACEMENT", "BROKEN");

        act(asStaff(), claim, "confirm", """
                {"priceDifference":{"amount":"31.50","currency":"USD"},"customerShipping":{"amount":12,"currency":"USD"}}
                """).statusCode(200)
                .body("status", equalTo("AWAITING_RETURN"))
                .body("money.priceDifference.amount", equalTo("31.50"))
                .body("money.priceDifference.currency", equalTo("USD"))
                .body("money.customerShipping.amount", equalTo("12.00"));
    }

    @ParameterizedTest(name = "the deprecated bare {0}")
    @CsvSource(delimiter = '|', textBlock = """
            number          | {"priceDifference":27.5,"customerShipping":9.5}
            numeric string  | {"priceDifference":"27.50","customerShipping":"9.50"}
            """)
    void theBareNumberOfThePreviousVersionIsStillReadInTheClaimsCurrency(String shape, String body) {
        OpenClaim claim = Fixtures.openClaim("WORRY_FREE_REPLACEMENT", "BROKEN");

        act(asStaff(), claim, "confirm", body).statusCode(200)
                .body("status", equalTo("AWAITING_RETURN"))
                .body("money.priceDifference.amount", equalTo("27.50"))
                .body("money.priceDifference.currency", equalTo("USD"))
                .body("money.customerShipping.amount", equalTo("9.50"));
    }

    @ParameterizedTest(name = "{0}: 400 naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            another currency than the claim's | {"priceDifference":{"amount":"24.00","currency":"EUR"}}      | priceDifference.currency
            no currency in the object         | {"priceDifference":{"amount":"24.00"}}                       | priceDifference.currency
            no amount in the object           | {"priceDifference":{"currency":"USD"}}                       | priceDifference.amount
            no ISO-4217 code                  | {"priceDifference":{"amount":"24.00","currency":"XYZ"}}      | priceDifference.currency
            an amount that is no number       | {"priceDifference":{"amount":"lots","currency":"USD"}}       | priceDifference.amount
            more decimals than USD has        | {"priceDifference":{"amount":"24.005","currency":"USD"}}     | priceDifference.amount
            a negative amount                 | {"priceDifference":{"amount":"-1.00","currency":"USD"}}      | priceDifference.amount
            too many digits                   | {"priceDifference":{"amount":"99999999999999","currency":"USD"}} | priceDifference.amount
            a negative bare number            | {"customerShipping":-3}                                      | customerShipping
            a bare number too precise         | {"customerShipping":"3.125"}                                 | customerShipping
            neither money nor a number        | {"priceDifference":[24]}                                     | priceDifference
            """)
    void aBadAmountIsABadRequestAndChangesNothing(String what, String body, String field) {
        OpenClaim claim = Fixtures.openClaim("WORRY_FREE_REPLACEMENT", "BROKEN");

        act(asStaff(), claim, "confirm", body).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then().statusCode(200)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("version", equalTo(0));
    }

    @Test
    void aCurrencyOtherThanTheClaimsIsNamedInTheAnswer() {
        OpenClaim claim = Fixtures.openClaim("WORRY_FREE_REPLACEMENT", "BROKEN");

        act(asStaff(), claim, "confirm", """
                {"priceDifference":{"amount":"24.00","currency":"EUR"},"customerShipping":{"amount":"9.50","currency":"GBP"}}
                """).statusCode(400)
                .body("errors.field", contains("priceDifference.currency", "customerShipping.currency"))
                .body("errors.message", contains(containsString("USD"), containsString("USD")));
    }

    @Test
    void theConfirmBodyIsDocumentedAsMoneyWithTheBareNumberDeprecated() {
        given().accept("application/json").queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ConfirmedAmount.oneOf.'$ref'", contains("#/components/schemas/Money",
                        "#/components/schemas/BareAmount"))
                .body("components.schemas.BareAmount.deprecated", equalTo(true))
                .body("components.schemas.RefusalProblem.properties.reasons.deprecated", equalTo(true))
                .body("components.schemas.RefusalProblem.properties.trace.items.'$ref'",
                        equalTo("#/components/schemas/TraceEntry"));
    }
}
