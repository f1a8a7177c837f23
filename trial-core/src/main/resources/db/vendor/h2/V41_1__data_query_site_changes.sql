-- Each step of a data query advances its site's change number (V36): the dashboard counts open queries per site.
create trigger data_query_changes after insert, update, delete on data_query for each row call "org.pragma.dashboard.jpa.SiteChangeTrigger";
