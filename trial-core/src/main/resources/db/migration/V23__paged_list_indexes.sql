-- Indexes for the lists read a page at a time (worklist, a site's patients), so that their counts and
-- filters are answered from the index alone (index-only scans on PostgreSQL), however many patients.
-- The worklist asks for visits at some sites whose window has not closed, open or due soon, and not
-- complete, by target date and enrollment order: every column it tests or sorts by is in this index,
-- so its count and the ids of a page come from the index and only the page's rows from the table. It
-- starts like the (site_id, closes_on) index it replaces.
create index patient_visit_worklist on patient_visit (site_id, closes_on, opens_on, target_on, data_state, patient_id, position, id);
drop index patient_visit_site_window;

-- A site's patients in sequence order, counted and searched by status or study ID from the index.
create index patient_site_listing on patient (site_id, sequence_no, status, study_patient_id, id);
