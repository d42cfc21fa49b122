-- The staff queue: claims by the nearest open deadline, those waiting on nobody last, then by id. Kept as a
-- column the database computes, so the queue's order is one index (claims_queue) that a page reads from its
-- cursor onwards, never a scan and sort of every claim. Its far-future stand-in for "no deadline" is the one
-- ClaimListing.NO_DEADLINE names.
alter table claims add column queue_deadline timestamptz not null
    generated always as (coalesce(open_deadline, timestamptz '9999-12-31 00:00:00+00')) stored;
create index claims_queue on claims (queue_deadline, id);

-- Staff search, exact matches. The order number is the first column of claims_unit, the customer id that of
-- claims_customer, and the 8-character reference mails quote is a range of the primary key (the first 8 hex
-- digits of the claim id); the email address (matched case-insensitively) and the unit's serial need their own.
create index claims_customer_email on claims (lower(customer_email));
create index claims_unit_id on claims (unit_id);
