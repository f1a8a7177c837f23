-- A password an admin sets (a new account, a reset) is for one sign-in only: the user must choose
-- their own before anything else. Accounts that exist already chose theirs.
alter table app_user add column password_change_required boolean default false not null;

-- Investigators are assigned to whole studies (every site of the study, including sites added later).
create table user_study (
    user_id    bigint      not null references app_user (id),
    study_code varchar(40) not null,
    constraint user_study_pk primary key (user_id, study_code)
);
