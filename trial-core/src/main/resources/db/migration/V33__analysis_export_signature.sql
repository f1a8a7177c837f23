-- A final analysis export signed electronically by a data manager: the signature (over the zip's
-- SHA-256) is kept with the export.
alter table analysis_export add signature_id bigint references e_signature (id);
alter table analysis_export add signed_by varchar(100);
alter table analysis_export add signed_at timestamp with time zone;
