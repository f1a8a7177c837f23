-- Every write to the data the investigators' dashboard counts (screenings, patients, visits, questionnaires, arms)
-- advances its site's change number in the same transaction (triggers in the vendor folders). The dashboard keeps
-- each site's figures while the site's number stays the same, so it is never stale after a write and recounts only
-- the sites written to.
create table site_change (
    site_id bigint primary key,
    changes bigint not null
);
insert into site_change (site_id, changes) select id, 0 from site;
