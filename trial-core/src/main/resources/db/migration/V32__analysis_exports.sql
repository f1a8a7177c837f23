-- Analysis exports (issue 15): each request, its outcome, and what the zip holds (manifest,
-- row counts, SHA-256); the zip itself is a file in the server's exports folder.
create sequence analysis_export_seq start with 1000 increment by 50;

create table analysis_export (
    id            bigint         not null primary key,
    study_id      bigint         not null references study (id),
    status        varchar(20)    not null,
    datasets      varchar(200)   not null,
    formats       varchar(40)    not null,
    actual_dates  boolean        not null,
    filters       varchar(4000)  not null,
    requested_by  varchar(100)   not null,
    requested_at  timestamp with time zone not null,
    finished_at   timestamp with time zone,
    snapshot_at   timestamp with time zone,
    row_counts    varchar(1000),
    manifest      varchar(100000),
    file_sha256   varchar(64),
    file_bytes    bigint,
    message       varchar(1000),
    version       bigint         not null,
    constraint analysis_export_status_known check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
create index analysis_export_study on analysis_export (study_id, requested_at);
