-- Sites (clinics, the clusters of a cluster-randomized trial) and their cluster covariates.
create sequence site_seq start with 1000 increment by 50;

create table site (
    id                bigint       not null primary key,
    study_id          bigint       not null references study (id),
    code              varchar(20)  not null,
    name              varchar(200) not null,
    health_system     varchar(200),
    location          varchar(200),
    stratum           varchar(100),
    enrollment_target integer,
    status            varchar(20)  not null,
    activated_on      date,
    created_at        timestamp    not null,
    version           bigint       not null,
    constraint site_code_unique unique (study_id, code),
    constraint site_status_known check (status in ('PLANNED', 'ACTIVE', 'CLOSED')),
    constraint site_target_not_negative check (enrollment_target is null or enrollment_target >= 0)
);

create table site_covariate (
    site_id bigint       not null references site (id),
    code    varchar(60)  not null,
    val     varchar(200) not null,
    primary key (site_id, code)
);
