-- The content of each protocol version, file by file, as it was loaded: the study's study.yaml and
-- arm files and the instrument files it used, keyed by their path under the protocols root
-- (spine-care/study.yaml, spine-care/arms/ice.yaml, instruments/ODI.yaml). A patient's visits and
-- instruments are resolved from the version the patient is on, and an export can name exactly what
-- each patient was measured with. Versions recorded before this table existed get their files the
-- next time the same content is loaded.
create table protocol_version_file (
    version_id bigint          not null references protocol_version (id),
    path       varchar(300)    not null,
    content    varchar(1000000) not null,
    constraint protocol_version_file_pk primary key (version_id, path)
);
