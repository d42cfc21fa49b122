-- The question the policy was asked when the claim was opened, as JSON: completing an INCOMPLETE claim
-- (PATCH /api/claims/{id}) asks again about the same facts and day, with the evidence the customer adds.
alter table claims add column policy_question text;

-- Claims opened before this column: the question rebuilt from their order as it stands now, dated the
-- day the claim was opened (UTC), counting no evidence (what the customer sent then was not kept).
update claims c
set policy_question = jsonb_build_object(
        'channel', o.channel,
        'orderNumber', o.order_number,
        'purchaseLink', coalesce(c.purchase_link, o.purchase_link),
        'orderDate', o.order_date,
        'maxEstimatedDeliveryDate', o.max_estimated_delivery_date,
        'shippedDate', o.shipped_date,
        'deliveredDate', o.delivered_date,
        'requestDate', (c.created_at at time zone 'UTC')::date,
        'price', jsonb_build_object('amount', i.price, 'currency', o.currency),
        'shippingCost', case when i.shipping_cost is null then null
                             else jsonb_build_object('amount', i.shipping_cost, 'currency', o.currency) end,
        'productModel', i.product_model,
        'cause', c.cause,
        'mediaCount', 0,
        'priorWorryFreeReplacements', (select count(*) from claims p
                                       where p.order_number = c.order_number and p.unit_id = c.unit_id
                                         and p.request_type = 'WORRY_FREE_REPLACEMENT' and p.created_at < c.created_at
                                         and p.status not in ('REJECTED', 'CANCELLED', 'EXPIRED')),
        'carrierDamageProof', false)::text
from orders o
join order_items i on i.order_number = o.order_number
where o.order_number = c.order_number and i.unit_id = c.unit_id;
