-- Work that servers sharing one database must do one at a time (a Payara deployment group starting
-- together on an empty database, or reloads on two servers): a transaction takes the row's lock
-- (select ... for update) before it starts, and holds it until it ends.
create table server_lock (
    name varchar(40) not null primary key
);
insert into server_lock (name) values ('protocols');
