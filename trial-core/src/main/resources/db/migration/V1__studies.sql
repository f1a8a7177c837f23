-- Studies: one row per trial that Pragma runs.
create sequence study_seq start with 1000 increment by 50;

create table study (
    id          bigint       not null primary key,
    code        varchar(40)  not null,
    title       varchar(300) not null,
    registry_id varchar(40),
    status      varchar(20)  not null,
    created_at  timestamp    not null,
    version     bigint       not null,
    constraint study_code_unique unique (code),
    constraint study_status_known check (status in ('PLANNING', 'RECRUITING', 'FOLLOW_UP', 'CLOSED'))
);
