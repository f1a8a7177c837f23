-- The screening log: every patient screened at a site, eligible or not (the CONSORT flow needs
-- them all), with minimal non-identifying data and the reasons of every failed criterion.
create sequence screening_seq start with 1000 increment by 50;

create table screening (
    id            bigint         not null primary key,
    site_id       bigint         not null references site (id),
    screened_on   date           not null,
    age           integer,
    sex           varchar(20),
    pain_location varchar(40),
    answers_json  varchar(20000) not null,
    eligible      boolean        not null,
    failed_json   varchar(20000) not null,
    screened_by   varchar(100)   not null,
    created_at    timestamp      not null,
    version       bigint         not null,
    constraint screening_sex_known check (sex is null or sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN'))
);

create index screening_site_date on screening (site_id, screened_on);
