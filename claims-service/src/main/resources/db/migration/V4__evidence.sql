-- Evidence (DP-2): the pictures and videos a customer uploads to show the problem. The bytes live in the
-- evidence store (a directory by default, EVIDENCE_PATH), never in these rows; a row is written only after
-- its file is stored, so every row has its file.
create table evidence (
    id             uuid          primary key,
    claim_id       uuid          not null references claims (id) on delete cascade,
    -- As the client named it, for people; never used to decide the type or to find the file.
    file_name      varchar(255)  not null,
    -- Sniffed from the content.
    media_type     varchar(100)  not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    sha256         char(64)      not null,
    storage_key    varchar(512)  not null unique,
    uploaded_at    timestamptz   not null,
    uploaded_by    varchar(128)  not null,
    uploader_role  varchar(16)   not null
);
create index evidence_claim on evidence (claim_id, uploaded_at, id);

-- How many pictures and videos a claim holds, kept with every upload, so a claim (and a page of claims)
-- shows it without counting rows.
alter table claims add column evidence_count integer not null default 0;
