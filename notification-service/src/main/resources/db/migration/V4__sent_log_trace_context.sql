-- The trace of the event a mail is owed for (W3C Trace Context, as the consumer's span stood when it recorded the
-- mail): the SMTP send, which happens later and perhaps after a retry or a restart, continues that trace. Rows
-- recorded before have none, and their send starts a trace of its own.
alter table sent_log add column trace_parent text;
alter table sent_log add column trace_state text;
