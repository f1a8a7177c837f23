-- Electronic signatures (21 CFR Part 11 §11.50/§11.70): who, when, meaning, and the hash of what was signed.
create sequence signature_seq start with 1000 increment by 50;

create table e_signature (
    id           bigint       not null primary key,
    username     varchar(40)  not null,
    full_name    varchar(200) not null,
    signed_at    timestamp    not null,
    meaning      varchar(20)  not null,
    content_hash varchar(64)  not null,
    subject      varchar(200) not null,
    constraint e_signature_meaning_known check (meaning in ('AUTHORSHIP', 'REVIEW', 'APPROVAL', 'RESPONSIBILITY'))
);
create index e_signature_content on e_signature (content_hash);
