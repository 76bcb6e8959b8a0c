-- The registry as the seeds describe it.
-- Size: "larger than advised" warns only when the region switches it on (seed 000 warns against too small areas
-- only); existing regions keep the advice and get the warning off.
alter table network_region add column warn_too_large boolean default false not null;

-- Practice inventory: the seed's three categories "al, wel, en nog niet" (seed 003). "graag" (would like to) was
-- not in the seed; a stored "graag" becomes "wel" (will), the nearest of the three.
alter table network_practice_inventory_row drop constraint network_practice_inventory_row_status_ck;
update network_practice_inventory_row set status = 'WILL' where status = 'WOULD_LIKE';
alter table network_practice_inventory_row add constraint network_practice_inventory_row_status_ck
    check (status in ('ALREADY', 'WILL', 'NOT_YET'));

-- Insurers, municipalities and the national government are parties the RESV coordinates with (region
-- stakeholders), not disciplines a network is expected to seat. They stay on the list (members and history that
-- name them remain valid) in a category of their own that the expected-discipline choices leave out; a region that
-- expected one no longer does.
update network_discipline set category = 'STAKEHOLDER'
    where code in ('HEALTH_INSURER', 'MUNICIPALITY', 'NATIONAL_GOVERNMENT');
delete from network_region_expected_discipline
    where discipline_code in ('HEALTH_INSURER', 'MUNICIPALITY', 'NATIONAL_GOVERNMENT');

-- "Verbinder" is the name of one network role only (the coordinator label a network may choose): the discipline of
-- network coordinators gets one name.
update network_discipline set name_nl = 'Netwerkcoördinator' where code = 'NETWORK_COORDINATOR';

-- Social domain: a network names functions of its own beside the list (seed 000: each municipality organises its
-- social domain differently); a member given one of them counts for the social-domain seat.
create table network_own_social_function (
    network_id uuid         not null references network_network (id) on delete cascade,
    name       varchar(100) not null,
    primary key (network_id, name)
);
alter table network_member add column social_function varchar(100);
