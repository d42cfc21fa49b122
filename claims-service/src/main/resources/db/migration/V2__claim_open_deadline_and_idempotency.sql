-- The deadline a claim waits on in its current state (WF-6), kept with every transition so that staff
-- can list claims by the nearest one and find the overdue ones with an index.
alter table claims add column open_deadline timestamptz;
update claims set open_deadline = confirm_by where status = 'AWAITING_CONFIRMATION';
create index claims_open_deadline on claims (open_deadline, id);
create index claims_created on claims (created_at, id);

-- Idempotency-Key: the first answer to a key, replayed to every retry with the same body.
create table idempotency_keys (
    caller           varchar(128)  not null,
    key              varchar(255)  not null,
    request_hash     char(64)      not null,
    response_status  integer,
    response_type    varchar(100),
    response_location varchar(2048),
    response_body    text,
    created_at       timestamptz   not null,
    expires_at       timestamptz   not null,
    primary key (caller, key)
);
create index idempotency_keys_expiry on idempotency_keys (expires_at);
