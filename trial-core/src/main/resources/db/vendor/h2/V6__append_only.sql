-- Audit records and signatures are append-only: the application's own database user cannot change or
-- remove them. The H2 trigger is a Java class of the application (org.pragma.audit.jpa.AppendOnlyTrigger).
create trigger audit_record_append_only before update, delete on audit_record
    for each row call "org.pragma.audit.jpa.AppendOnlyTrigger";

create trigger e_signature_append_only before update, delete on e_signature
    for each row call "org.pragma.audit.jpa.AppendOnlyTrigger";
