-- Follow-up: who gets the daily digest, visit locks, contact attempts, unreachable patients, and the
-- once-a-day claim of scheduled jobs across server instances.
alter table app_user add email varchar(200);

alter table patient add unreachable boolean default false not null;

alter table patient_visit add locked_by varchar(100);
alter table patient_visit add locked_at timestamp;
alter table patient_visit add lock_signature_id bigint references e_signature (id);

create index patient_visit_patient_idx on patient_visit (patient_id, position);

create sequence contact_attempt_seq start with 1000 increment by 50;

create table contact_attempt (
    id           bigint        not null primary key,
    visit_id     bigint        not null references patient_visit (id),
    attempted_on date          not null,
    method       varchar(20)   not null,
    outcome      varchar(30)   not null,
    note         varchar(1000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null,
    constraint contact_attempt_method_known check (method in ('PHONE', 'EMAIL', 'MAIL', 'IN_PERSON')),
    constraint contact_attempt_outcome_known check (outcome in ('REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER', 'SCHEDULED', 'DECLINED'))
);

create index contact_attempt_visit on contact_attempt (visit_id);

-- A row per job and day: the instance whose insert succeeds runs the job; the others skip it.
create table job_run (
    job        varchar(60) not null,
    run_on     date        not null,
    started_at timestamp   not null,
    node       varchar(100),
    primary key (job, run_on)
);
