-- Health-care spending and utilization from claims or billing extracts (issue 14).
-- A data source (a payer's or a health system's extract) has a saved column mapping and a price
-- basis; each upload of a file is an import; each valid line is a claim_line linked to its patient.
-- Amounts are exact decimals (numeric), never floating point.
create sequence claims_source_seq start with 1000 increment by 50;
create sequence claims_import_seq start with 1000 increment by 50;

create table claims_source (
    id                  bigint       not null primary key,
    study_id            bigint       not null references study (id),
    name                varchar(80)  not null,
    price_basis         varchar(20)  not null,
    col_study_id        varchar(80),
    col_record_number   varchar(80),
    col_site            varchar(80),
    col_service_date    varchar(80),
    col_category        varchar(80),
    col_procedure_code  varchar(80),
    col_units           varchar(80),
    col_allowed         varchar(80),
    col_paid            varchar(80),
    col_standardized    varchar(80),
    col_rvu             varchar(80),
    col_spine_related   varchar(80),
    created_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint claims_source_name unique (study_id, name),
    constraint claims_source_basis_known check (price_basis in ('ALLOWED', 'PAID', 'STANDARDIZED'))
);

create table claims_import (
    id               bigint        not null primary key,
    study_id         bigint        not null references study (id),
    source_id        bigint        not null references claims_source (id),
    file_name        varchar(255)  not null,
    sha256           varchar(64)   not null,
    file_bytes       bigint        not null,
    status           varchar(20)   not null,
    lines_read       bigint        not null,
    lines_accepted   bigint        not null,
    lines_known      bigint        not null,
    unknown_codes    bigint        not null,
    error_count      bigint        not null,
    first_service_on date,
    last_service_on  date,
    message          varchar(1000),
    replaces_id      bigint        references claims_import (id),
    replaced_by_id   bigint        references claims_import (id),
    reason           varchar(1000),
    imported_by      varchar(40)   not null,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    version          bigint        not null,
    constraint claims_import_status_known check (status in ('QUEUED', 'RUNNING', 'IMPORTED', 'REFUSED', 'FAILED', 'REPLACED'))
);
create index claims_import_study on claims_import (study_id, started_at);
create index claims_import_source_hash on claims_import (source_id, sha256);

-- The first problems of a refused import, for its downloadable error report.
create table claims_import_error (
    import_id  bigint        not null references claims_import (id),
    row_no     bigint        not null,
    col        varchar(80),
    message    varchar(1000) not null
);
create index claims_import_error_import on claims_import_error (import_id, row_no);

-- A file's lines before they are merged into claim_line in one statement (one transaction): the
-- merge numbers identical lines within the file, so two identical services on one day both count
-- and the same file imported again adds nothing.
create table claim_line_stage (
    import_id          bigint        not null,
    row_no             bigint        not null,
    patient_id         bigint        not null,
    service_on         date          not null,
    study_day          integer       not null,
    category           varchar(30)   not null,
    procedure_code     varchar(20),
    units              numeric(16,4) not null,
    amount             numeric(16,4) not null,
    allowed_amount     numeric(16,4),
    paid_amount        numeric(16,4),
    standardized_amount numeric(16,4),
    rvu                numeric(16,4),
    spine_related      boolean       not null,
    known_code         boolean       not null,
    line_key           varchar(64)   not null
);
create index claim_line_stage_import on claim_line_stage (import_id, line_key, row_no);

create table claim_line (
    import_id          bigint        not null references claims_import (id),
    source_id          bigint        not null references claims_source (id),
    patient_id         bigint        not null references patient (id),
    row_no             bigint        not null,
    service_on         date          not null,
    study_day          integer       not null,
    category           varchar(30)   not null,
    procedure_code     varchar(20),
    units              numeric(16,4) not null,
    amount             numeric(16,4) not null,
    allowed_amount     numeric(16,4),
    paid_amount        numeric(16,4),
    standardized_amount numeric(16,4),
    rvu                numeric(16,4),
    spine_related      boolean       not null,
    known_code         boolean       not null,
    natural_key        varchar(80)   not null,
    constraint claim_line_key unique (source_id, natural_key)
);
create index claim_line_patient on claim_line (patient_id, study_day);
create index claim_line_import on claim_line (import_id);

