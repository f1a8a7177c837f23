-- Blind index of each patient's family name: an HMAC of the normalized name under a key derived from
-- the identifiers key (like mrn_index), so a site's list is searched by exact family name without
-- storing the name in the clear or decrypting every row. The key lives only in the application, so
-- rows enrolled before this column existed are filled at startup (enrollment.jpa.SurnameIndexBackfill).
alter table patient_identifier add surname_index varchar(64);

create index patient_identifier_surname on patient_identifier (site_id, surname_index);
