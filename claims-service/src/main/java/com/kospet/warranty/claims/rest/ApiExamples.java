package com.kospet.warranty.claims.rest;

/**
 * The examples the OpenAPI document shows for each request and answer, taken from a real exchange with
 * the running service (ids shortened to stay readable). Kept in one place so that a change of a shape
 * is a change of one example.
 */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String ORDER = """
            {"customerId": "c-1", "customerEmail": "ada@example.com", "channel": "OFFICIAL_STORE",
             "orderDate": "2026-11-12", "maxEstimatedDeliveryDate": "2026-11-19",
             "shippedDate": "2026-11-12", "deliveredDate": "2026-11-19", "currency": "USD",
             "purchaseLink": "https://store.example/orders/KP-100234",
             "items": [{"unitId": "SN-1", "productModel": "TANK T3", "price": "199.00", "shippingCost": "12.00"}]}""";

    static final String ORDER_VIEW = """
            {"orderNumber": "KP-100234", "customerId": "c-1", "channel": "OFFICIAL_STORE",
             "orderDate": "2026-11-12", "maxEstimatedDeliveryDate": "2026-11-19",
             "shippedDate": "2026-11-12", "deliveredDate": "2026-11-19",
             "purchaseLink": "https://store.example/orders/KP-100234",
             "items": [{"unitId": "SN-1", "productModel": "TANK T3",
                        "price": {"amount": "199.00", "currency": "USD"},
                        "shippingCost": {"amount": "12.00", "currency": "USD"},
                        "units": [{"unitId": "SN-1", "replaces": null, "state": "REPLACED", "openClaimId": null, "replacedBy": "SN-7731"},
                                  {"unitId": "SN-7731", "replaces": "SN-1", "state": "IN_SERVICE", "openClaimId": null, "replacedBy": null}]}],
             "updatedAt": "2026-11-24T14:37:29.849Z"}""";

    static final String ORDER_IN_THE_FUTURE = """
            {"type": "https://warranty.kospet.com/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "1 invalid field(s)", "instance": "/api/orders/KP-100234",
             "errors": [{"field": "deliveredDate", "message": "must not be after today (2026-11-24, UN-4): order facts cannot lie in the future"}]}""";

    static final String ORDER_OPTIONS = """
            {"orderNumber": "KP-100234", "requestDate": "2026-11-24",
             "units": [{"unitId": "SN-1", "originalUnitId": "SN-1", "state": "REPLACED", "openClaimId": null,
                        "worryFreeReplacements": 1, "policyVersion": "2024-01",
                        "options": [{"type": "WORRY_FREE_REPLACEMENT", "status": "NOT_ELIGIBLE", "deadline": null, "money": null,
                                     "shipping": [], "requirements": [], "redirect": null,
                                     "trace": [{"rule": "UN-3", "outcome": "FAILED", "reason": "unit SN-1 was replaced by unit SN-7731; claims are made on the replacement"}]}]},
                       {"unitId": "SN-7731", "originalUnitId": "SN-1", "state": "IN_SERVICE", "openClaimId": null,
                        "worryFreeReplacements": 1, "policyVersion": "2024-01",
                        "options": [{"type": "WORRY_FREE_REPLACEMENT", "status": "ELIGIBLE", "deadline": "2028-11-12",
                                     "money": {"refund": null, "depreciation": null, "priceDifference": {"amount": "20.00", "currency": "USD"}},
                                     "shipping": [{"leg": "RETURN", "payer": "CUSTOMER", "cost": {"amount": "12.00", "currency": "USD"}},
                                                  {"leg": "DISPATCH", "payer": "STORE", "cost": null}],
                                     "requirements": [], "redirect": null,
                                     "trace": [{"rule": "WF-1", "outcome": "PASSED", "reason": "open until 2028-11-12 (order + 2 years)"},
                                               {"rule": "WF-3", "outcome": "PASSED", "reason": "1 of 2 WORRY FREE+ replacements used"}]}]}]}""";

    static final String OPEN_CLAIM = """
            {"type": "https://warranty.kospet.com/problems/open-claim", "title": "The unit already has an open claim", "status": 409,
             "detail": "unit SN-1 already has an open claim; a unit has one claim at a time", "instance": "/api/claims",
             "rule": "UN-1", "unitId": "SN-1", "openClaimId": "4c64758e-6543-4efa-8335-6e088a4d4196"}""";

    static final String UNIT_REFUNDED = """
            {"type": "https://warranty.kospet.com/problems/policy-rule", "title": "Refused by the warranty policy", "status": 422,
             "detail": "unit SN-1 was refunded and is no longer covered by any claim", "instance": "/api/claims",
             "rule": "UN-2", "errors": [{"field": "unitId", "message": "unit SN-1 was refunded and is no longer covered by any claim"}]}""";

    static final String UNIT_ID_TAKEN = """
            {"type": "https://warranty.kospet.com/problems/unit-id-taken", "title": "The serial already names a unit", "status": 409,
             "detail": "unit SN-7731 is already known; a replacement unit needs a serial of its own",
             "instance": "/api/claims/4c64758e-6543-4efa-8335-6e088a4d4196/replacement-shipment",
             "rule": "UN-3", "errors": [{"field": "newUnitId", "message": "already names a unit"}]}""";

    static final String CLAIM_REQUEST = """
            {"orderNumber": "KP-100234", "unitId": "SN-1", "requestType": "DEFECT_REPLACEMENT",
             "cause": "QUALITY_PROBLEM", "description": "Stops charging after a minute on the dock.",
             "purchaseLink": "https://store.example/orders/KP-100234", "mediaCount": 1,
             "contact": {"name": "Ada", "locale": "en"}}""";

    static final String CLAIM = """
            {"id": "4c64758e-6543-4efa-8335-6e088a4d4196", "orderNumber": "KP-100234", "unitId": "SN-1",
             "originalUnitId": "SN-1", "replacementUnitId": null,
             "productModel": "TANK T3", "requestType": "DEFECT_REPLACEMENT", "cause": "QUALITY_PROBLEM",
             "status": "AWAITING_RETURN", "description": "Stops charging after a minute on the dock.",
             "decision": {"policyVersion": "2024-01", "status": "ELIGIBLE",
               "option": {"type": "DEFECT_REPLACEMENT", "status": "ELIGIBLE", "deadline": "2028-11-12",
                 "money": {"refund": null, "depreciation": null, "priceDifference": null},
                 "shipping": [{"leg": "RETURN", "payer": "STORE", "cost": null},
                              {"leg": "DISPATCH", "payer": "STORE", "cost": null}],
                 "requirements": [], "redirect": null,
                 "trace": [{"rule": "DP-1", "outcome": "PASSED", "reason": "open until 2028-11-12 (order + 2 years)"},
                           {"rule": "DP-3", "outcome": "APPLIED", "reason": "the replacement unit is free; requested by 2026-12-12 (order + 30 days): the store bears the shipping"}]},
               "serviceTimes": {"confirmation": "PT24H", "returnShipmentWorkingDays": 7, "payment": "P7D",
                                "replacementDispatch": "PT48H", "deliveryMinWorkingDays": 10, "deliveryMaxWorkingDays": 30}},
             "money": {"refund": null, "depreciation": null, "priceDifference": null, "customerShipping": null},
             "missingRequirements": [],
             "deadlines": {"confirmBy": "2026-11-25T14:37:31.730Z", "shipBackBy": "2026-12-04", "paymentDueBy": null,
                           "shipReplacementBy": null, "deliveryEstimateFrom": null, "deliveryEstimateTo": null},
             "shipment": null, "returnShipment": null, "replacementShipment": null, "rejection": null,
             "inspectionOutcome": null, "openDeadline": "2026-12-04T23:59:59.999Z",
             "createdAt": "2026-11-24T14:37:31.730Z", "updatedAt": "2026-11-24T14:37:32.617Z", "version": 1}""";

    static final String PAGE = """
            {"items": [ { "id": "4c64758e-6543-4efa-8335-6e088a4d4196", "status": "AWAITING_RETURN",
                          "requestType": "DEFECT_REPLACEMENT", "openDeadline": "2026-12-04T23:59:59.999Z" } ],
             "nextCursor": "MjAyNi0xMi0wNFQyMzo1OTo1OS45OTlafDRjNjQ3NThl"}""";

    static final String CSV = """
            reference,id,status,requestType,cause,openDeadline,orderNumber,unitId,productModel,customerId,customerEmail,customerName,description,evidenceCount,createdAt,updatedAt
            4C64758E,4c64758e-6543-4efa-8335-6e088a4d4196,AWAITING_RETURN,DEFECT_REPLACEMENT,QUALITY_PROBLEM,2026-12-04T23:59:59.999Z,KP-100234,SN-1,TANK T3,c-1,ada@example.com,Ada,"Stops charging, even overnight",2,2026-11-24T14:37:31.730Z,2026-11-24T14:37:32.617Z
            9A0E11C2,9a0e11c2-2b1f-4b57-9a3e-0c7f3d1b5e21,REJECTED,NO_DEFECT_RETURN,NONE,,KP-100871,SN-1,TANK M3,c-7,bo@example.com,Bo,"'=HYPERLINK(""http://x.example"")",0,2026-11-20T09:12:00.000Z,2026-11-21T10:00:00.000Z
            """;

    static final String HISTORY = """
            [{"occurredAt": "2026-11-24T14:37:31.730Z", "actor": "c-1", "role": "customer", "action": "submit",
              "fromStatus": null, "toStatus": "AWAITING_CONFIRMATION", "reason": "policy 2024-01: ELIGIBLE"},
             {"occurredAt": "2026-11-24T14:37:32.617Z", "actor": "agent-1", "role": "staff", "action": "confirm",
              "fromStatus": "AWAITING_CONFIRMATION", "toStatus": "AWAITING_RETURN", "reason": "defect visible on the video"}]""";

    static final String HISTORY_ENTRY = """
            {"occurredAt": "2026-11-24T14:37:32.617Z", "actor": "agent-1", "role": "staff", "action": "confirm",
             "fromStatus": "AWAITING_CONFIRMATION", "toStatus": "AWAITING_RETURN", "reason": "defect visible on the video"}""";

    static final String COMPLETION = """
            {"purchaseLink": "https://store.example/orders/KP-100234", "mediaCount": 2}""";

    static final String EVIDENCE = """
            {"id": "0b6f4f7e-2d1c-4d8e-9a51-5c2f0e7b3a10", "fileName": "black-screen.png", "mediaType": "image/png",
             "size": 48213, "sha256": "9f2b5c0e6d1a7e3b8c4d2f1a0e9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b",
             "uploadedAt": "2026-11-24T14:40:02.118Z", "uploaderRole": "customer"}""";

    static final String CONFIRM_WORRY_FREE = """
            {"priceDifference": {"amount": "24.00", "currency": "USD"}, "customerShipping": {"amount": "9.50", "currency": "USD"},
             "note": "screen and case replaced"}""";

    static final String REJECT = """
            {"reason": "NO_VALID_PROOF_OF_PURCHASE", "note": "the order number belongs to another store"}""";

    static final String RETURN_SHIPMENT = """
            {"carrier": "UPS", "trackingNumber": "1Z999AA10123456784",
             "dataBackedUp": true, "simRemoved": true, "factoryReset": true}""";

    static final String INSPECTION = """
            {"outcome": "DEFECT_CONFIRMED", "note": "charging coil open circuit"}""";

    static final String PAYMENT = """
            {"reference": "pay-9031"}""";

    static final String REPLACEMENT_SHIPMENT = """
            {"carrier": "DHL", "trackingNumber": "JD014600003", "newUnitId": "SN-7731"}""";

    static final String NOTE = """
            {"note": "parcel opened at the desk"}""";

    static final String INVALID = """
            {"type": "https://warranty.kospet.com/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "1 invalid field(s)", "instance": "http://localhost:8081/api/claims",
             "errors": [{"field": "mediaCount", "message": "must be greater than or equal to 0"}]}""";

    static final String NOT_FOUND = """
            {"type": "https://warranty.kospet.com/problems/not-found", "title": "Not found", "status": 404,
             "detail": "claim 00000000-0000-0000-0000-000000000000 not found",
             "instance": "http://localhost:8081/api/claims/00000000-0000-0000-0000-000000000000"}""";

    static final String ILLEGAL_TRANSITION = """
            {"type": "https://warranty.kospet.com/problems/illegal-transition",
             "title": "Not possible in the claim's current state", "status": 409,
             "detail": "refund is not possible for a DEFECT_REPLACEMENT claim in state AWAITING_RETURN", "currentStatus": "AWAITING_RETURN",
             "action": "refund", "instance": "http://localhost:8081/api/claims/4c64758e-6543-4efa-8335-6e088a4d4196/refund"}""";

    static final String NOT_ELIGIBLE = """
            {"type": "https://warranty.kospet.com/problems/not-eligible", "title": "Not eligible under the warranty policy",
             "status": 422, "detail": "DEFECT_RETURN is not available for this unit", "policyVersion": "2024-01",
             "requestType": "DEFECT_RETURN",
             "trace": [{"rule": "DR-1", "outcome": "FAILED", "reason": "later of 2026-01-27 (delivery window + 7 days) and 2026-02-09 (order + 30 days); the request on 2026-03-05 is after it"},
                       {"rule": "WQ-1", "outcome": "PASSED", "reason": "a quality problem is covered by the warranty"}],
             "reasons": [{"rule": "DR-1", "outcome": "FAILED", "reason": "later of 2026-01-27 (delivery window + 7 days) and 2026-02-09 (order + 30 days); the request on 2026-03-05 is after it"},
                         {"rule": "WQ-1", "outcome": "PASSED", "reason": "a quality problem is covered by the warranty"}],
             "instance": "http://localhost:8081/api/claims"}""";

    static final String POLICY_UNAVAILABLE = """
            {"type": "https://warranty.kospet.com/problems/policy-unavailable", "title": "Policy service unavailable",
             "status": 503, "detail": "the claim could not be decided now; nothing was stored. Please try again shortly.",
             "instance": "http://localhost:8081/api/claims"}""";
}
