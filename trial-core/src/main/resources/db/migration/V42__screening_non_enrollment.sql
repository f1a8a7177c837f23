-- An eligible patient who is not enrolled, and why: declined to take part, or another reason (with its text). Null
-- while undecided; recorded by the site's coordinator, undoable until the patient is enrolled. CONSORT 2010 lists
-- "declined to participate" and "other reasons" among the excluded apart from those not meeting the criteria.
alter table screening add column not_enrolled varchar(20);
alter table screening add column not_enrolled_note varchar(1000);
alter table screening add constraint screening_not_enrolled_known check (not_enrolled in ('DECLINED', 'OTHER_REASON'));
