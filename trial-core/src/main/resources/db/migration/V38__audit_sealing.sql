-- Audited writes no longer queue behind the chain head. Each transaction inserts its audit rows into
-- audit_pending (ids from a sequence, no lock) and commits them with its change; a single sealer (the
-- holder of the audit_head row lock, on any server) moves committed pending rows into audit_record in
-- the order it finds them, giving each its chain position, previous hash and hash, and deleting the
-- pending row in the same transaction, so every audited change is sealed exactly once.
create sequence audit_entry_seq start with 1000 increment by 50;

create table audit_pending (
    id          bigint        not null primary key,
    recorded_at timestamp with time zone not null,
    username    varchar(60)   not null,
    action      varchar(10)   not null,
    entity      varchar(40)   not null,
    entity_id   varchar(80)   not null,
    field       varchar(60),
    old_value   varchar(4000),
    new_value   varchar(4000),
    reason      varchar(1000),
    study_code  varchar(40),
    site_code   varchar(40),
    constraint audit_pending_action_known check (action in ('CREATE', 'UPDATE', 'DELETE'))
);
create index audit_pending_study on audit_pending (study_code);

-- Which pending row a sealed record came from: unique, so no entry can be sealed twice.
alter table audit_record add column entry_id bigint;
create unique index audit_record_entry on audit_record (entry_id);

-- How far the chain has been verified: verification continues from the newest checkpoint instead of
-- walking the whole chain each time.
create table audit_checkpoint (
    seq         bigint        not null primary key,
    hash        varchar(64)   not null,
    verified_at timestamp with time zone not null
);
