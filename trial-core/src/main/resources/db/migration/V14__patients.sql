-- Enrolled patients. Study data (arm, status, consent, visits, instrument responses) live here;
-- identifiers live apart, encrypted, in patient_identifier.
create sequence patient_seq start with 1000 increment by 50;

create table patient (
    id                   bigint        not null primary key,
    study_id             bigint        not null references study (id),
    site_id              bigint        not null references site (id),
    screening_id         bigint        not null references screening (id),
    sequence_no          integer       not null,
    study_patient_id     varchar(40)   not null,
    arm                  varchar(60)   not null,
    intervention_package varchar(200),
    risk_group           varchar(40),
    protocol_version_id  bigint        not null references protocol_version (id),
    enrolled_on          date          not null,
    consent_model        varchar(30)   not null,
    consent_on           date,
    consent_by           varchar(200),
    consent_document     varchar(100),
    status               varchar(30)   not null,
    status_on            date,
    status_reason        varchar(1000),
    idempotency_key      varchar(100)  not null,
    enrolled_by          varchar(100)  not null,
    created_at           timestamp     not null,
    version              bigint        not null,
    -- Gap-free numbering is enforced by the enrollment service (site row lock); these are the backstops.
    constraint patient_site_sequence_unique unique (site_id, sequence_no),
    constraint patient_study_id_unique unique (study_id, study_patient_id),
    constraint patient_screening_unique unique (screening_id),
    constraint patient_idempotency_unique unique (site_id, idempotency_key),
    constraint patient_sequence_positive check (sequence_no > 0),
    constraint patient_status_known check (status in ('ENROLLED', 'WITHDRAWN', 'LOST_TO_FOLLOW_UP', 'DIED'))
);

create index patient_site_status on patient (site_id, status);

-- Name, date of birth, record number, phone, email: AES-GCM ciphertext (base64) under a key from
-- configuration. mrn_index is a keyed hash (HMAC) so a duplicate record number can be refused
-- without decrypting anything.
create table patient_identifier (
    patient_id bigint        not null primary key references patient (id),
    site_id    bigint        not null references site (id),
    mrn_index  varchar(64)   not null,
    key_id     varchar(16)   not null,
    payload    varchar(4000) not null,
    constraint patient_identifier_mrn_unique unique (site_id, mrn_index)
);

-- Each patient's visits from their arm's schedule under their protocol version.
create sequence patient_visit_seq start with 1000 increment by 50;

create table patient_visit (
    id           bigint       not null primary key,
    patient_id   bigint       not null references patient (id),
    -- Copied from the patient (they never change) so worklists and completion read one table.
    study_id     bigint       not null references study (id),
    site_id      bigint       not null references site (id),
    arm          varchar(60)  not null,
    code         varchar(60)  not null,
    name         varchar(200) not null,
    position     integer      not null,
    target_on    date         not null,
    opens_on     date         not null,
    closes_on    date         not null,
    remind_on    date         not null,
    data_state   varchar(20)  not null,
    visit_on     date,
    locked       boolean      not null,
    version      bigint       not null,
    constraint patient_visit_code_unique unique (patient_id, code),
    constraint patient_visit_window check (opens_on <= target_on and target_on <= closes_on),
    constraint patient_visit_state_known check (data_state in ('NONE', 'INCOMPLETE', 'COMPLETE'))
);

create index patient_visit_site_window on patient_visit (site_id, closes_on);
create index patient_visit_study on patient_visit (study_id, site_id, arm, code);

-- One instrument completed (or partly completed) at one visit, with the scores Pragma computed.
create sequence instrument_response_seq start with 1000 increment by 50;

create table instrument_response (
    id                 bigint         not null primary key,
    visit_id           bigint         not null references patient_visit (id),
    instrument         varchar(40)    not null,
    instrument_version varchar(40)    not null,
    answers_json       varchar(8000)  not null,
    items_answered     integer        not null,
    item_count         integer        not null,
    scored             boolean        not null,
    total              integer,
    percent            numeric(5, 1),
    risk_group         varchar(40),
    band               varchar(60),
    entered_by         varchar(100)   not null,
    entered_at         timestamp      not null,
    version            bigint         not null,
    constraint instrument_response_unique unique (visit_id, instrument)
);
