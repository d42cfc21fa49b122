-- Customers read the mail about their own claims: each row names the claim's customer as the event carried it
-- (data.customer.id, the id the storefront's token names as its subject), so a customer's mail is found by who
-- they are, not by an address that may change or be shared. Unbounded text: a longer id than claims-service
-- gives out today must not keep an event's mail from being recorded.
alter table sent_log add column customer_id text;

-- Rows recorded before keep their event as read from Kafka (structured CloudEvents JSON): read the customer
-- from it. A payload that is no such JSON leaves the row unattributed rather than failing the migration.
create or replace function pg_temp.customer_of(payload bytea) returns text language plpgsql as $$
begin
    return convert_from(payload, 'UTF8')::jsonb #>> '{data,customer,id}';
exception when others then
    return null;
end
$$;
update sent_log set customer_id = pg_temp.customer_of(event_payload) where event_payload is not null;
-- The function lives as long as the connection, which goes back to a pool.
drop function pg_temp.customer_of(bytea);

-- Rows of the first version hold no event: a claim has one customer, so take it from another row of the claim.
-- What is still unattributed afterwards is shown to staff only.
update sent_log s set customer_id = (select o.customer_id from sent_log o
                                     where o.claim_id = s.claim_id and o.customer_id is not null limit 1)
where s.customer_id is null;

create index sent_log_customer on sent_log (customer_id, due_at desc, id desc);
