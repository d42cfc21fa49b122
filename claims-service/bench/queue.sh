#!/usr/bin/env bash
# The staff queue at scale: 100,000 open claims seeded straight into PostgreSQL, then GET /api/claims (staff) on the
# first page and on deep pages reached by following nextCursor, a staff search by customer email, one CSV export file,
# and GET /api/claims/{id}. Prints p50/p99 per request kind and the plans PostgreSQL chose for a first and a deep page.
# Target: p99 < 20 ms for every page of the queue.
#
# Starts its own stack (./stack --work-dir in a scratch directory, so the data of the stack you keep is not touched;
# its ports must be free) and stops everything it started on exit. Traffic goes to 127.0.0.1 only; every measurement
# is bounded in time. Usage, from anywhere:
#   claims-service/bench/queue.sh
# When another stack holds the ports, run it in a network namespace of its own (as root; loopback only):
#   unshare -n sh -c 'ip link set lo up && exec claims-service/bench/queue.sh'
# Settings (environment): BENCH_CLAIMS (100000 open claims), BENCH_SECONDS (10 per measurement),
# BENCH_CONNECTIONS (4), BENCH_LIMIT (50 claims per page).
set -euo pipefail

CLAIM_COUNT="${BENCH_CLAIMS:-100000}"
SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
LIMIT="${BENCH_LIMIT:-50}"
PORT_OFFSET="${BENCH_PORT_OFFSET:-0}"
BENCH_NAME=claims-queue-bench
source "$(dirname "$0")/lib.sh"

# One real claim through the API, whose decision, question and service times the seeded claims copy, so that every
# seeded row reads back like one the service opened itself.
template_claim() {
  local service customer order
  service="$(token service order-system)"
  customer="$(token customer qbench-template t@example.com)"
  order="QBENCH-TEMPLATE"
  curl -sf -o /dev/null -X PUT "$CLAIMS/api/orders/$order" -H "Authorization: Bearer $service" -H 'Content-Type: application/json' -d '{
    "customerId": "qbench-template", "customerEmail": "t@example.com", "channel": "OFFICIAL_STORE",
    "orderDate": "'"$(date -d '12 days ago' +%F)"'", "maxEstimatedDeliveryDate": "'"$(date -d '5 days ago' +%F)"'",
    "shippedDate": "'"$(date -d '12 days ago' +%F)"'", "deliveredDate": "'"$(date -d '5 days ago' +%F)"'", "currency": "USD",
    "purchaseLink": "https://store.example/orders/QBENCH-TEMPLATE",
    "items": [{"unitId": "QSN-TEMPLATE", "productModel": "TANK T3", "price": "199.00", "shippingCost": "12.00"}]}'
  curl -sf -X POST "$CLAIMS/api/claims" -H "Authorization: Bearer $customer" -H 'Content-Type: application/json' -d '{
    "orderNumber": "QBENCH-TEMPLATE", "unitId": "QSN-TEMPLATE", "requestType": "DEFECT_RETURN", "cause": "QUALITY_PROBLEM",
    "description": "Stops charging", "mediaCount": 1, "contact": {"name": "Ada", "locale": "en"}}' | jq -r .id
}

# $CLAIM_COUNT claims awaiting confirmation, one per order and unit, of 5,000 customers; their confirmation deadlines
# fall on 1,440 distinct minutes of the next day, so the queue holds many ties its id order must settle.
seed_claims() {
  local template=$1
  sql <<SQL
insert into claims.orders (order_number, customer_id, customer_email, channel, order_date, max_estimated_delivery_date,
    shipped_date, delivered_date, currency, purchase_link, created_at, updated_at)
select 'QBENCH-' || g, 'qbench-c-' || (g % 5000), 'qbench-' || (g % 5000) || '@example.com', 'OFFICIAL_STORE',
    current_date - 12, current_date - 5, current_date - 12, current_date - 5, 'USD',
    'https://store.example/orders/QBENCH-' || g, now(), now()
from generate_series(1, $CLAIM_COUNT) g;
insert into claims.order_items (order_number, unit_id, product_model, price, shipping_cost)
select 'QBENCH-' || g, 'QSN-' || g, 'TANK T3', 199.00, 12.00 from generate_series(1, $CLAIM_COUNT) g;
insert into claims.claims (id, order_number, unit_id, original_unit_id, product_model, customer_id, customer_email,
    customer_name, locale, request_type, cause, description, purchase_link, status, policy_version, decision_status,
    decision, policy_question, service_times, policy_deadline, currency, refund, depreciation, price_difference,
    customer_shipping, missing_requirements, confirm_by, open_deadline, created_at, updated_at)
select gen_random_uuid(), 'QBENCH-' || g, 'QSN-' || g, 'QSN-' || g, t.product_model, 'qbench-c-' || (g % 5000),
    'qbench-' || (g % 5000) || '@example.com', t.customer_name, t.locale, t.request_type, t.cause, t.description,
    t.purchase_link, 'AWAITING_CONFIRMATION', t.policy_version, t.decision_status, t.decision, t.policy_question,
    t.service_times, t.policy_deadline, t.currency, t.refund, t.depreciation, t.price_difference, t.customer_shipping,
    t.missing_requirements, d.deadline, d.deadline, now() - interval '1 hour', now() - interval '1 hour'
from generate_series(1, $CLAIM_COUNT) g
cross join (select * from claims.claims where id = '$template') t
cross join lateral (select date_trunc('minute', now()) + interval '1 hour' + (g % 1440) * interval '1 minute' as deadline) d;
analyze claims.claims;
SQL
}

# wrk's latency distribution as "p50-ms p99-ms requests/s non-2xx".
measure() {
  local label=$1 url=$2
  read -r rps p99 errors p50 < <(wrk_run "$CONNECTIONS" "$SECONDS_PER_RUN" -H "Authorization: Bearer $staff" "$url")
  printf '%-34s %9s %9s %11s %7s\n' "$label" "$p50" "$p99" "$rps" "$errors"
}

ensure_tools wrk psql jq
start_stack
staff="$(token staff bench-agent)"
template="$(template_claim)"
echo "seeding $CLAIM_COUNT open claims ..." >&2
seed_claims "$template"

# Cursors of deep pages, found by walking the queue page after page as the staff tool would.
echo "walking the queue to collect deep cursors ..." >&2
declare -A cursor_at
cursor=""
pages=$(( (CLAIM_COUNT + LIMIT - 1) / LIMIT ))
wanted=" 10 100 1000 $(( pages / 2 )) $(( pages - 1 )) "
walk_start=$(date +%s%N)
for page in $(seq 1 $(( pages - 1 ))); do
  url="$CLAIMS/api/claims?limit=$LIMIT${cursor:+&cursor=$cursor}"
  cursor="$(curl -sf -H "Authorization: Bearer $staff" "$url" | jq -r '.nextCursor // empty')"
  [ -n "$cursor" ] || break
  case "$wanted" in *" $page "*) cursor_at[$page]="$cursor" ;; esac
done
walk_ms=$(( ($(date +%s%N) - walk_start) / 1000000 ))

claim_id="$(sql -t -A -c "select id from claims.claims where order_number = 'QBENCH-$(( CLAIM_COUNT / 2 ))'")"
echo "warming up for ${WARMUP_SECONDS} s ..." >&2
wrk_run "$CONNECTIONS" "$WARMUP_SECONDS" -H "Authorization: Bearer $staff" "$CLAIMS/api/claims?limit=$LIMIT" >/dev/null

printf '\nGET /api/claims as staff over %s open claims, %s claims a page, %s connections, %s s per measurement\n' \
  "$CLAIM_COUNT" "$LIMIT" "$CONNECTIONS" "$SECONDS_PER_RUN"
printf '%-34s %9s %9s %11s %7s\n' request p50-ms p99-ms requests/s errors
measure "first page" "$CLAIMS/api/claims?limit=$LIMIT"
for page in $(tr ' ' '\n' <<<"$wanted" | sort -nu); do
  [ -n "${cursor_at[$page]:-}" ] || continue
  measure "page $(( page + 1 )) (after $(( page * LIMIT )))" "$CLAIMS/api/claims?limit=$LIMIT&cursor=${cursor_at[$page]}"
done
measure "overdue=false, deep page" "$CLAIMS/api/claims?limit=$LIMIT&overdue=false&cursor=${cursor_at[$(( pages / 2 ))]}"
measure "search customerEmail (20 claims)" "$CLAIMS/api/claims?customerEmail=QBENCH-42@EXAMPLE.COM"
measure "search reference" "$CLAIMS/api/claims?reference=${claim_id:0:8}"
measure "GET /api/claims/{id}" "$CLAIMS/api/claims/$claim_id"
printf 'whole queue walked page by page (%s pages, one client): %s ms\n' "$pages" "$walk_ms"

csv_ms="$(curl -sf -o "$scratch/export.csv" -w '%{time_total}' -H "Authorization: Bearer $staff" -H 'Accept: text/csv' \
  "$CLAIMS/api/claims" | awk '{printf "%.0f", $1 * 1000}')"
printf 'one CSV export file (%s rows): %s ms, %s bytes\n' "$(( $(wc -l <"$scratch/export.csv") - 1 ))" "$csv_ms" \
  "$(wc -c <"$scratch/export.csv")"

printf '\nPostgreSQL plan of the first page:\n'
sql -c "explain (analyze, buffers, costs off) select c.* from claims.claims c where true order by c.queue_deadline, c.id limit $(( LIMIT + 1 ))"
deep="$(sql -t -A -c "select queue_deadline || '|' || id from claims.claims order by queue_deadline, id offset $(( CLAIM_COUNT * 9 / 10 )) limit 1")"
printf 'PostgreSQL plan of a page 90%% down the queue:\n'
sql -c "explain (analyze, buffers, costs off) select c.* from claims.claims c where (c.queue_deadline, c.id) > ('${deep%%|*}', '${deep##*|}') order by c.queue_deadline, c.id limit $(( LIMIT + 1 ))"
echo "target: p99 < 20 ms for every page of the queue"
