-- Data queries ("open corrections"): a data manager asks a clinic about a visit's data (optionally one field), the
-- clinic's coordinator answers, the data manager closes it or re-opens it with a follow-up. The query's row carries
-- its site, so the site's change number (V36) advances with every step (triggers in the vendor folders, V41_1) and
-- the dashboard's count of open queries is never stale. Each step's text is kept in order in data_query_note.
create sequence data_query_seq start with 1000 increment by 50;

create table data_query (
    id          bigint       not null primary key,
    study_id    bigint       not null references study (id),
    site_id     bigint       not null references site (id),
    patient_id  bigint       not null references patient (id),
    visit_id    bigint       not null references patient_visit (id),
    field       varchar(200),
    status      varchar(20)  not null,
    raised_by   varchar(100) not null,
    raised_at   timestamp    not null,
    version     bigint       not null,
    constraint data_query_status_known check (status in ('OPEN', 'ANSWERED', 'CLOSED'))
);

create index data_query_site_status on data_query (site_id, status);
create index data_query_visit on data_query (visit_id);
create index data_query_patient on data_query (patient_id);

create table data_query_note (
    query_id    bigint        not null references data_query (id),
    position    integer       not null,
    step        varchar(20)   not null,
    note        varchar(2000),
    written_by  varchar(100)  not null,
    written_at  timestamp     not null,
    primary key (query_id, position),
    constraint data_query_note_step_known check (step in ('RAISED', 'ANSWERED', 'CLOSED', 'REOPENED'))
);
