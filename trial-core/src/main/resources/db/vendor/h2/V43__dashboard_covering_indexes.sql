-- PostgreSQL gets covering indexes for the dashboard's per-clinic counts here (index-only scans); H2 has no
-- INCLUDE columns, so the embedded database only gets the visits' clinic-and-patient index the counts join on.
create index patient_visit_site_counts on patient_visit (site_id, patient_id);
