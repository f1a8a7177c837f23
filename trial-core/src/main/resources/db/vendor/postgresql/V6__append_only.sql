-- Audit records and signatures are append-only: the application's own database user cannot change or
-- remove them (triggers fire for the table owner too; TRUNCATE is refused by its own trigger).
create function pragma_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = '42501';
end;
$$;

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function pragma_refuse_change();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function pragma_refuse_change();
create trigger e_signature_append_only before update or delete on e_signature
    for each row execute function pragma_refuse_change();
create trigger e_signature_no_truncate before truncate on e_signature
    for each statement execute function pragma_refuse_change();
