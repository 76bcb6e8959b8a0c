-- Issue 11: a network's contact point, its first point of contact (R054, R092), and the core networks a thematic
-- network works with (R157).
alter table network_network add column contact_name varchar(200);
alter table network_network add column contact_phone varchar(40);
alter table network_network add column contact_email varchar(320);
alter table network_network add column contact_hours varchar(200);
alter table network_network add column contact_for varchar(1000);

create table network_relation (
    network_id         uuid    not null references network_network (id) on delete cascade,
    position           integer not null,
    related_network_id uuid    not null references network_network (id) on delete cascade,
    note               varchar(500),
    primary key (network_id, position)
);
create index network_relation_related_ix on network_relation (related_network_id);
