-- Row-level triggers (a Java class of the application, org.pragma.dashboard.jpa.SiteChangeTrigger): each
-- written row advances its site's change number.
create trigger site_change_created after insert on site for each row call "org.pragma.dashboard.jpa.SiteChangeTrigger";
create trigger screening_changes after insert, update, delete on screening for each row call "org.pragma.dashboard.jpa.SiteChangeTrigger";
create trigger patient_changes after insert, update, delete on patient for each row call "org.pragma.dashboard.jpa.SiteChangeTrigger";
create trigger patient_visit_changes after insert, update, delete on patient_visit for each row call "org.pragma.dashboard.jpa.SiteChangeTrigger";
create trigger instrument_response_changes after insert, update, delete on instrument_response for each row call "org.pragma.dashboard.jpa.SiteChangeTrigger";
create trigger site_arm_changes after insert on site_arm for each row call "org.pragma.dashboard.jpa.SiteChangeTrigger";
