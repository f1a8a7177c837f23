-- Statement-level triggers: one update per site per statement, however many rows the statement wrote.
create function site_change_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update site_change set changes = changes + 1 where site_id in (select site_id from new_rows);
    elsif tg_op = 'DELETE' then
        update site_change set changes = changes + 1 where site_id in (select site_id from old_rows);
    else
        update site_change set changes = changes + 1
            where site_id in (select site_id from new_rows union select site_id from old_rows);
    end if;
    return null;
end
$$;

-- A questionnaire's site is its visit's.
create function site_change_responses() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update site_change set changes = changes + 1
            where site_id in (select v.site_id from patient_visit v where v.id in (select visit_id from new_rows));
    elsif tg_op = 'DELETE' then
        update site_change set changes = changes + 1
            where site_id in (select v.site_id from patient_visit v where v.id in (select visit_id from old_rows));
    else
        update site_change set changes = changes + 1
            where site_id in (select v.site_id from patient_visit v
                              where v.id in (select visit_id from new_rows union select visit_id from old_rows));
    end if;
    return null;
end
$$;

create function site_change_new_site() returns trigger language plpgsql as $$
begin
    insert into site_change (site_id, changes) values (new.id, 0);
    return null;
end
$$;

create trigger site_change_created after insert on site for each row execute function site_change_new_site();

create trigger screening_changes_i after insert on screening referencing new table as new_rows
    for each statement execute function site_change_rows();
create trigger screening_changes_u after update on screening referencing old table as old_rows new table as new_rows
    for each statement execute function site_change_rows();
create trigger screening_changes_d after delete on screening referencing old table as old_rows
    for each statement execute function site_change_rows();

create trigger patient_changes_i after insert on patient referencing new table as new_rows
    for each statement execute function site_change_rows();
create trigger patient_changes_u after update on patient referencing old table as old_rows new table as new_rows
    for each statement execute function site_change_rows();
create trigger patient_changes_d after delete on patient referencing old table as old_rows
    for each statement execute function site_change_rows();

create trigger patient_visit_changes_i after insert on patient_visit referencing new table as new_rows
    for each statement execute function site_change_rows();
create trigger patient_visit_changes_u after update on patient_visit referencing old table as old_rows new table as new_rows
    for each statement execute function site_change_rows();
create trigger patient_visit_changes_d after delete on patient_visit referencing old table as old_rows
    for each statement execute function site_change_rows();

create trigger instrument_response_changes_i after insert on instrument_response referencing new table as new_rows
    for each statement execute function site_change_responses();
create trigger instrument_response_changes_u after update on instrument_response referencing old table as old_rows new table as new_rows
    for each statement execute function site_change_responses();
create trigger instrument_response_changes_d after delete on instrument_response referencing old table as old_rows
    for each statement execute function site_change_responses();

create trigger site_arm_changes_i after insert on site_arm referencing new table as new_rows
    for each statement execute function site_change_rows();
