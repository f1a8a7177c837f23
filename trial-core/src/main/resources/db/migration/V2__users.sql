-- Users, their roles and the sites of each study they may work at.
-- Site codes are plain text per study: the sites feature (a later issue) joins on (study_code, site_code).
create sequence user_seq start with 1000 increment by 50;

create table app_user (
    id                  bigint       not null primary key,
    username            varchar(40)  not null,
    full_name           varchar(200) not null,
    password_hash       varchar(400) not null,
    active              boolean      not null,
    failed_logins       integer      not null,
    locked_until        timestamp,
    password_changed_at timestamp    not null,
    created_at          timestamp    not null,
    version             bigint       not null,
    constraint app_user_username_unique unique (username)
);

create table user_role (
    user_id bigint      not null references app_user (id),
    role    varchar(20) not null,
    constraint user_role_pk primary key (user_id, role),
    constraint user_role_known check (role in ('ADMIN', 'STATISTICIAN', 'DATA_MANAGER', 'COORDINATOR', 'INVESTIGATOR'))
);

create table user_site (
    user_id    bigint      not null references app_user (id),
    study_code varchar(40) not null,
    site_code  varchar(40) not null,
    constraint user_site_pk primary key (user_id, study_code, site_code)
);
