-- UN-1..UN-3: the units of an order line and the remedies they had.

-- The unit originally sold on the order line a claim's unit belongs to: the claimed unit itself, or the unit
-- a replacement (UN-3) descends from. Every claim before this migration was on an original unit.
alter table claims add column original_unit_id varchar(64);
update claims set original_unit_id = unit_id;
alter table claims alter column original_unit_id set not null;
create index claims_order_line on claims (order_number, original_unit_id);

-- UN-3: the serial of the new unit a replacement claim shipped. Claims shipped before this column have none:
-- their new unit was never identified, and their replaced unit still takes no further claims.
alter table claims add column replacement_unit_id varchar(64);

-- UN-3: each replacement unit, the order line it belongs to and the unit it replaced. A serial names one
-- unit only, and a unit is replaced at most once.
create table replacement_units (
    unit_id           varchar(64)  primary key,
    order_number      varchar(64)  not null references orders (order_number),
    original_unit_id  varchar(64)  not null,
    replaces_unit_id  varchar(64)  not null,
    claim_id          uuid         not null unique references claims (id),
    shipped_at        timestamptz  not null,
    constraint replacement_units_replaces_once unique (order_number, replaces_unit_id)
);
create index replacement_units_order on replacement_units (order_number, original_unit_id);

-- UN-1: at most one open claim per unit. Withdrawn, rejected, expired and closed claims are not open. No code
-- path can store a second one: the application checks first, under the unit's order-line lock, and this index
-- refuses what a check could miss. Units that already had several open claims before UN-1 keep them (staff
-- settle them one by one): all but the oldest are marked, and only unmarked claims are held to the index.
alter table claims add column opened_before_un1 boolean not null default false;
update claims c set opened_before_un1 = true
where c.status not in ('REJECTED', 'CANCELLED', 'EXPIRED', 'CLOSED')
  and exists (select 1 from claims older
              where older.order_number = c.order_number and older.unit_id = c.unit_id
                and older.status not in ('REJECTED', 'CANCELLED', 'EXPIRED', 'CLOSED')
                and (older.created_at, older.id) < (c.created_at, c.id));
create unique index claims_one_open_per_unit on claims (order_number, unit_id)
    where status not in ('REJECTED', 'CANCELLED', 'EXPIRED', 'CLOSED') and not opened_before_un1;

-- A replacement unit's serial must name no unit sold on any order: looked up by serial alone.
create index order_items_unit on order_items (unit_id);
