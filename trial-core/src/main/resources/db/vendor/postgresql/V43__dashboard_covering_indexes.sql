-- The dashboard counts one clinic at a time (SiteFiguresCache counts again only the clinics written to). A
-- clinic's rows are spread over the whole table (enrollments at all clinics interleave), so reading them from
-- the table costs about one page per row. These indexes hold every column the dashboard's counts read, so
-- PostgreSQL answers them from the index alone (index-only scans). The free-size failed-criteria JSON stays out
-- of the indexes: it is read for the ineligible screenings only. Measured on 100 clinics and 1,000,000 patients
-- (bench/dashboard.sh), one clinic of 10,000 patients: screenings 315 -> 8-27 ms, patients 68 -> 2-3 ms,
-- baseline 277 -> 12-17 ms, follow-up completion 330 -> 40-55 ms.
create index patient_site_counts on patient (site_id, enrolled_on, arm)
    include (id, study_id, status, status_on, unreachable, risk_group, screening_id);
drop index patient_site_enrolled;
create index patient_visit_site_counts on patient_visit (site_id, patient_id)
    include (id, study_id, arm, code, data_state, visit_on, opens_on, closes_on, target_on);
create index screening_site_counts on screening (site_id, screened_on)
    include (id, eligible, not_enrolled, sex, pain_location, age);
drop index screening_site_date;
create index screening_site_ineligible on screening (site_id, screened_on) where not eligible;
