-- Practice inventory (seed 003, R177, R178): per GP practice (an organisation of module directory) in a region, the
-- first-line providers the practice already works with, not yet, or would like to, with knelpunten and good
-- practices per collaboration; who recorded it and when.
create table network_practice_inventory (
    id               uuid primary key,
    region_id        uuid          not null references network_region (id) on delete cascade,
    practice_id      uuid          not null,
    recorded_by      uuid          not null,
    recorded_by_name varchar(200)  not null,
    recorded_at      timestamp with time zone not null,
    version          bigint        not null,
    constraint network_practice_inventory_uk unique (region_id, practice_id)
);

create table network_practice_inventory_row (
    inventory_id             uuid          not null references network_practice_inventory (id) on delete cascade,
    position                 integer       not null,
    provider_organisation_id uuid,
    provider_name            varchar(200),
    discipline_code          varchar(40)   not null references network_discipline (code),
    status                   varchar(20)   not null,
    bottleneck               varchar(1000),
    good_practice            varchar(1000),
    primary key (inventory_id, position),
    constraint network_practice_inventory_row_status_ck check (status in ('ALREADY', 'NOT_YET', 'WOULD_LIKE'))
);
