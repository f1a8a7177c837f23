-- The one-time randomization of a study's sites, wave by wave, and the arm it locked for each site.
-- Rows are never updated or deleted: db/vendor/<database>/V12_1 adds triggers that refuse it.
create sequence site_randomization_seq start with 1000 increment by 50;

create table site_randomization (
    id                bigint        not null primary key,
    study_id          bigint        not null references study (id),
    wave              integer       not null,
    method            varchar(30)   not null,
    seed              bigint        not null,
    algorithm_version varchar(200)  not null,
    total_allocations bigint        not null,
    constrained_size  integer       not null,
    draw_json         varchar(1000000) not null,
    content_hash      varchar(64)   not null,
    committed_by      varchar(100)  not null,
    signature_id      bigint        not null references e_signature (id),
    committed_at      timestamp     not null,
    constraint site_randomization_wave_unique unique (study_id, wave)
);

create table site_arm (
    site_id          bigint      not null primary key references site (id),
    randomization_id bigint      not null references site_randomization (id),
    arm_code         varchar(60) not null
);
