-- A study's status now follows the trial's facts (committed randomization, enrollments, sites'
-- closing); only the admin's decision to close the study is stored.
alter table study add column closed boolean default false not null;
update study set closed = true where status = 'CLOSED';
alter table study drop constraint study_status_known;
alter table study drop column status;
