-- Every distinct content of a study's protocol files that Pragma has loaded: version 1, then one
-- row per amendment. Patients will point at the version they were enrolled under.
create sequence protocol_version_seq start with 1000 increment by 50;

create table protocol_version (
    id            bigint       not null primary key,
    study_id      bigint       not null references study (id),
    sequence_no   integer      not null,
    version_label varchar(40)  not null,
    content_hash  varchar(64)  not null,
    source        varchar(500) not null,
    loaded_at     timestamp    not null,
    constraint protocol_version_sequence_unique unique (study_id, sequence_no)
);
