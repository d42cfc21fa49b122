-- One row per mail this service owes: keyed by the event (or reminder) that caused it and the mail's kind,
-- so a redelivered event finds its row and sends nothing twice.
create table sent_log (
    id               bigint generated always as identity primary key,
    notification_key varchar(200) not null unique,
    event_id         uuid,
    claim_id         uuid         not null,
    kind             varchar(64)  not null,
    recipient        varchar(254) not null,
    subject          varchar(300) not null,
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    last_error       varchar(1000),
    created_at       timestamptz  not null,
    sent_at          timestamptz
);
create index sent_log_claim on sent_log (claim_id, id);
