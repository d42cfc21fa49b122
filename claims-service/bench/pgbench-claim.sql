-- One claim-shaped row and its outbox row per transaction: what the database itself does per claim at best.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO pgbench_ref.claims (id, order_number, unit_id, product_model, customer_id, customer_email, request_type,
    cause, description, status, policy_version, decision, created_at, updated_at)
VALUES (gen_random_uuid(), 'BENCH-' || :n, 'BSN-' || :n, 'TANK T3', 'bench-customer', 'bench@example.com', 'DEFECT_RETURN',
    'QUALITY_PROBLEM', 'Stops charging after a week.', 'AWAITING_CONFIRMATION', '2025-01',
    '{"type":"DEFECT_RETURN","status":"ELIGIBLE","trace":[{"rule":"DR-1","reason":"within 15 days"}]}', now(), now());
INSERT INTO pgbench_ref.outbox (id, aggregate_id, type, payload, created_at)
VALUES (gen_random_uuid(), 'BENCH-' || :n, 'claim.submitted',
    '{"specversion":"1.0","type":"claim.submitted","source":"/claims","data":{"status":"AWAITING_CONFIRMATION"}}', now());
END;
