package com.kospet.warranty.policy.rest;

/** OpenAPI examples, in code beside the resource so they change with it. */
final class Examples {

    private Examples() {
    }

    static final String QUESTION = """
            {
              "channel": "OFFICIAL_STORE",
              "orderNumber": "KP-100234",
              "purchaseLink": "https://store.example/orders/KP-100234",
              "orderDate": "2026-01-10",
              "maxEstimatedDeliveryDate": "2026-01-20",
              "shippedDate": "2026-01-12",
              "deliveredDate": "2026-01-18",
              "requestDate": "2026-02-05",
              "price": { "amount": "199.00", "currency": "USD" },
              "shippingCost": { "amount": "12.00", "currency": "USD" },
              "productModel": "TANK T3",
              "cause": "QUALITY_PROBLEM",
              "mediaCount": 2,
              "priorWorryFreeReplacements": 0
            }
            """;

    static final String AMAZON_QUESTION = """
            {
              "channel": "AMAZON",
              "orderDate": "2026-01-10",
              "price": { "amount": "199.00", "currency": "USD" }
            }
            """;

    static final String ANSWER = """
            {
              "policyVersion": "2024-01",
              "evaluatedOn": "2026-02-05",
              "serviceTimes": {
                "confirmation": "PT24H",
                "returnShipmentWorkingDays": 7,
                "payment": "P7D",
                "replacementDispatch": "PT48H",
                "deliveryMinWorkingDays": 10,
                "deliveryMaxWorkingDays": 30
              },
              "options": [
                {
                  "type": "DEFECT_RETURN",
                  "status": "ELIGIBLE",
                  "deadline": "2026-02-09",
                  "money": {
                    "refund": { "amount": "199.00", "currency": "USD" },
                    "depreciation": { "amount": "0.00", "currency": "USD" },
                    "priceDifference": null
                  },
                  "shipping": [ { "leg": "RETURN", "payer": "STORE", "cost": null } ],
                  "requirements": [],
                  "redirect": null,
                  "trace": [
                    { "rule": "DR-1", "outcome": "PASSED", "reason": "later of 2026-01-27 (delivery window + 7 days) and 2026-02-09 (order + 30 days)" },
                    { "rule": "WQ-1", "outcome": "PASSED", "reason": "a quality problem is covered by the warranty" },
                    { "rule": "DR-2", "outcome": "APPLIED", "reason": "full refund of 199.00 USD; the store pays the return leg" }
                  ]
                },
                {
                  "type": "NO_DEFECT_RETURN",
                  "status": "NOT_ELIGIBLE",
                  "deadline": "2026-02-09",
                  "money": { "refund": null, "depreciation": null, "priceDifference": null },
                  "shipping": [],
                  "requirements": [],
                  "redirect": null,
                  "trace": [
                    { "rule": "ND-1", "outcome": "PASSED", "reason": "later of 2026-02-09 (order + 30 days) and 2026-01-25 (delivery + 7 days)" },
                    { "rule": "ND-1", "outcome": "FAILED", "reason": "is for a unit without a problem; QUALITY_PROBLEM is covered by the warranty: see DEFECT_RETURN and DEFECT_REPLACEMENT" }
                  ]
                }
              ]
            }
            """;

    static final String INVALID_QUESTION = """
            {
              "type": "https://warranty.kospet.com/problems/invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The facts of the purchased unit cannot be evaluated.",
              "instance": "/api/policy/evaluate",
              "errors": [
                { "field": "orderDate", "message": "is required" },
                { "field": "price.amount", "message": "must not be negative" }
              ]
            }
            """;

    static final String CURRENT = """
            { "version": "2024-01", "effectiveFrom": "2024-01-01" }
            """;
}
