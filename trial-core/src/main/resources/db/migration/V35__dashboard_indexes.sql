-- The investigators' dashboard counts enrollment per site and day (and arm) over a date range:
-- answered from this index alone, however many patients.
create index patient_site_enrolled on patient (site_id, enrolled_on, arm);
