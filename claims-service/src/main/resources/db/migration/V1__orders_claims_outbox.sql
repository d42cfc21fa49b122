-- Orders: the facts the policy needs, as the order system reports them (PUT /api/orders/{orderNumber}).
create table orders (
    order_number                 varchar(64)  primary key,
    customer_id                  varchar(128) not null,
    customer_email               varchar(254) not null,
    channel                      varchar(32)  not null,
    order_date                   date         not null,
    max_estimated_delivery_date  date,
    shipped_date                 date,
    delivered_date               date,
    currency                     char(3)      not null,
    purchase_link                varchar(2048),
    created_at                   timestamptz  not null,
    updated_at                   timestamptz  not null,
    version                      bigint       not null default 0
);
create index orders_customer_id on orders (customer_id);

-- One row per purchased unit of an order; a claim is about one unit.
create table order_items (
    order_number    varchar(64)    not null references orders (order_number) on delete cascade,
    unit_id         varchar(64)    not null,
    product_model   varchar(128)   not null,
    price           numeric(19, 4) not null check (price >= 0),
    shipping_cost   numeric(19, 4) check (shipping_cost >= 0),
    primary key (order_number, unit_id)
);

-- Claims: what the customer asked, the policy decision it was opened under (a snapshot), and where it stands.
create table claims (
    id                      uuid          primary key,
    order_number            varchar(64)   not null references orders (order_number),
    unit_id                 varchar(64)   not null,
    product_model           varchar(128)  not null,
    customer_id             varchar(128)  not null,
    customer_email          varchar(254)  not null,
    customer_name           varchar(200),
    locale                  varchar(35)   not null,
    request_type            varchar(32)   not null,
    cause                   varchar(32)   not null,
    description             varchar(4000),
    purchase_link           varchar(2048),
    status                  varchar(32)   not null,
    policy_version          varchar(32)   not null,
    decision_status         varchar(16)   not null,
    decision                text          not null,
    policy_deadline         date,
    currency                char(3)       not null,
    refund                  numeric(19, 4),
    depreciation            numeric(19, 4),
    price_difference        numeric(19, 4),
    customer_shipping       numeric(19, 4),
    missing_requirements    varchar(512)  not null default '',
    confirm_by              timestamptz,
    ship_back_by            date,
    payment_due_by          date,
    ship_replacement_by     timestamptz,
    delivery_estimate_from  date,
    delivery_estimate_to    date,
    return_carrier          varchar(64),
    return_tracking         varchar(64),
    replacement_carrier     varchar(64),
    replacement_tracking    varchar(64),
    rejection_reason        varchar(48),
    rejection_note          varchar(2000),
    inspection_outcome      varchar(48),
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null default 0
);
create index claims_customer on claims (customer_id, created_at desc);
create index claims_status on claims (status);
create index claims_unit on claims (order_number, unit_id);

-- The audit trail: every transition, who made it and why.
create table claim_history (
    id           bigint generated always as identity primary key,
    claim_id     uuid         not null references claims (id) on delete cascade,
    occurred_at  timestamptz  not null,
    actor        varchar(128) not null,
    role         varchar(16)  not null,
    action       varchar(48)  not null,
    from_status  varchar(32),
    to_status    varchar(32)  not null,
    reason       varchar(2000)
);
create index claim_history_claim on claim_history (claim_id, id);

-- The transactional outbox: written in the same transaction as the change it reports, published by the relay.
create table outbox (
    seq           bigint generated always as identity primary key,
    id            uuid         not null unique,
    claim_id      uuid         not null,
    type          varchar(64)  not null,
    payload       bytea        not null,
    created_at    timestamptz  not null,
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    varchar(1000)
);
create index outbox_unpublished on outbox (seq) where published_at is null;
