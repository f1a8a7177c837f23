-- A committed randomization and the arms it locked can never change.
create function refuse_committed_randomization_change() returns trigger language plpgsql as $$
begin
    raise exception 'A committed randomization (%) cannot be changed or deleted', tg_table_name using errcode = 'P0001';
end
$$;

create trigger site_randomization_frozen before update or delete on site_randomization
    for each row execute function refuse_committed_randomization_change();

create trigger site_arm_frozen before update or delete on site_arm
    for each row execute function refuse_committed_randomization_change();
