-- The charter with structure (issue 11): questions A–C of seed 001 as choices with a note each (R153, R155–R157,
-- R162, R164, R165), what makes a collaboration agreement less suited (R081), the collaboration the network grew out
-- of (R075), what each partner commits (R031) and what the network decided per point of its organisational model
-- (R077–R080). Sets of choices are stored as names joined by commas.
alter table network_network add column charter_phase varchar(20);
alter table network_network add column charter_focus varchar(200);
alter table network_network add column charter_focus_note varchar(1000);
alter table network_network add column charter_domains varchar(100);
alter table network_network add column charter_domains_note varchar(1000);
alter table network_network add column charter_relations_note varchar(1000);
alter table network_network add column charter_representation varchar(200);
alter table network_network add column charter_representation_note varchar(1000);
alter table network_network add column charter_team_budget varchar(20);
alter table network_network add column charter_hours varchar(200);
alter table network_network add column charter_budget_note varchar(1000);
alter table network_network add column charter_work varchar(300);
alter table network_network add column charter_loket varchar(20);
alter table network_network add column charter_loket_note varchar(1000);
alter table network_network add column charter_model_traits varchar(100);
alter table network_network add column predecessor_description varchar(1000);
alter table network_network add column predecessor_network_id uuid;
alter table network_network add constraint network_network_predecessor_fk
    foreign key (predecessor_network_id) references network_network (id) on delete set null;

create table network_charter_commitment (
    network_id      uuid          not null references network_network (id) on delete cascade,
    position        integer       not null,
    partner         varchar(200)  not null,
    commitment      varchar(1000) not null,
    hours_per_month integer,
    primary key (network_id, position),
    constraint network_charter_commitment_hours_ck check (hours_per_month is null or hours_per_month between 0 and 160)
);

create table network_model_decision (
    network_id uuid          not null references network_network (id) on delete cascade,
    position   integer       not null,
    checkpoint varchar(30)   not null,
    decision   varchar(20)   not null,
    note       varchar(1000),
    primary key (network_id, position)
);
