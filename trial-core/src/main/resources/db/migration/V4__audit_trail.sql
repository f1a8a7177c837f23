-- The audit trail (21 CFR Part 11 §11.10(e)): one row per changed field, chained by SHA-256.
-- seq is the position in the chain, handed out under a lock on audit_head, so it is gap-free and
-- ordered by commit. Rows are append-only (see db/vendor/*/V6__append_only.sql).
create table audit_record (
    seq         bigint        not null primary key,
    recorded_at timestamp     not null,
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
    prev_hash   varchar(64)   not null,
    hash        varchar(64)   not null,
    constraint audit_action_known check (action in ('CREATE', 'UPDATE', 'DELETE'))
);
create index audit_record_entity on audit_record (entity, entity_id);
create index audit_record_study on audit_record (study_code, site_code);
create index audit_record_user on audit_record (username);
create index audit_record_time on audit_record (recorded_at);

-- The head of the chain: one row, locked by every writer of the trail.
create table audit_head (
    id       integer     not null primary key,
    last_seq bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
