-- The sent log becomes the queue mail is delivered from: each row holds the rendered mail, when it is due
-- (now for an event's mail, later for a reminder or SLA alert), and when the next SMTP attempt may run,
-- so retries, reminders and alerts survive a restart. Status SENDING marks a mail handed to SMTP whose outcome
-- is not recorded yet; found again after its lease, it is resent and flagged possibly_duplicate.
alter table sent_log
    add column due_at             timestamptz,
    add column next_attempt_at    timestamptz,
    add column planned_by_time    timestamptz,
    add column html_body          text,
    add column text_body          text,
    add column event_payload      bytea,
    add column possibly_duplicate boolean not null default false;

update sent_log set due_at = created_at, planned_by_time = created_at;
-- Rows of the first version hold no rendered mail and cannot be delivered from here: they keep their status.
alter table sent_log alter column due_at set not null;

create index sent_log_due on sent_log (next_attempt_at) where status in ('PENDING', 'SENDING');
create index sent_log_scheduled on sent_log (claim_id) where status = 'PENDING';
