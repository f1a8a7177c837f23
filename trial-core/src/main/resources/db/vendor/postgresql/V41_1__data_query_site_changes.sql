-- Each step of a data query advances its site's change number (V36): the dashboard counts open queries per site.
create trigger data_query_changes_i after insert on data_query referencing new table as new_rows
    for each statement execute function site_change_rows();
create trigger data_query_changes_u after update on data_query referencing old table as old_rows new table as new_rows
    for each statement execute function site_change_rows();
create trigger data_query_changes_d after delete on data_query referencing old table as old_rows
    for each statement execute function site_change_rows();
