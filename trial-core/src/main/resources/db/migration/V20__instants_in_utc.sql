-- Every instant is stored as an instant (timestamp with time zone), not as the server's wall-clock
-- time: a zone-less timestamp is written and read through the JVM's default zone, so after a change
-- of the server's zone, or within the repeated hour of a DST fall-back, a record would read back as
-- another instant and the audit chain, whose hash includes recorded_at, would seem tampered with.
-- Existing values were written in the server's zone; the conversion reads them in the session's
-- zone: PostgreSQL's driver sets it to the JVM's zone, and DatabaseMigration sets H2's to it for
-- migrations (H2 URLs now carry TIME ZONE=UTC, see InstantsAcrossZonesTest).
alter table study alter column created_at set data type timestamp with time zone;
alter table app_user alter column locked_until set data type timestamp with time zone;
alter table app_user alter column password_changed_at set data type timestamp with time zone;
alter table app_user alter column created_at set data type timestamp with time zone;
alter table api_token alter column issued_at set data type timestamp with time zone;
alter table api_token alter column expires_at set data type timestamp with time zone;
alter table audit_record alter column recorded_at set data type timestamp with time zone;
alter table e_signature alter column signed_at set data type timestamp with time zone;
alter table protocol_version alter column loaded_at set data type timestamp with time zone;
alter table site alter column created_at set data type timestamp with time zone;
alter table site_randomization alter column committed_at set data type timestamp with time zone;
alter table screening alter column created_at set data type timestamp with time zone;
alter table patient alter column created_at set data type timestamp with time zone;
alter table instrument_response alter column entered_at set data type timestamp with time zone;
alter table patient_visit alter column locked_at set data type timestamp with time zone;
alter table contact_attempt alter column recorded_at set data type timestamp with time zone;

-- The daily digest's claim of a whole day (job_run) lost the day when a run died after claiming it;
-- the digest is now recorded per recipient instead.
drop table job_run;

-- The daily digest, one row per study, day and recipient: taken before the email is sent (so two
-- instances never both send it), marked sent once the mail server accepted it, and removed again
-- when sending failed (so the next run retries that recipient and no one else).
create table digest_sent (
    study_code varchar(40)              not null,
    digest_on  date                     not null,
    username   varchar(60)              not null,
    taken_at   timestamp with time zone not null,
    sent_at    timestamp with time zone,
    primary key (study_code, digest_on, username)
);
