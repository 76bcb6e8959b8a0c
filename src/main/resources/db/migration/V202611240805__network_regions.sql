-- Regions (RESV): the municipalities they cover, their staff, stakeholders and the size advice for networks.
create table network_region (
    id                    uuid primary key,
    name                  varchar(200) not null,
    min_inhabitants       integer      not null,
    max_inhabitants       integer      not null,
    created_at            timestamp with time zone not null,
    version               bigint       not null,
    constraint network_region_size_ck check (min_inhabitants >= 0 and max_inhabitants >= min_inhabitants)
);

create table network_region_municipality (
    region_id         uuid       not null references network_region (id) on delete cascade,
    municipality_code varchar(6) not null,
    primary key (region_id, municipality_code)
);

-- RESV staff, area managers (per municipality, R184) and the project lead; accounts of module identity.
create table network_region_staff (
    region_id         uuid        not null references network_region (id) on delete cascade,
    account_id        uuid        not null,
    role              varchar(20) not null,
    municipality_code varchar(6),
    constraint network_region_staff_role_ck check (role in ('STAFF', 'AREA_MANAGER', 'PROJECT_LEAD'))
);
create index network_region_staff_account_ix on network_region_staff (account_id);

-- Health insurers and municipalities the region works with, and their contact persons (R021).
create table network_region_stakeholder (
    region_id       uuid         not null references network_region (id) on delete cascade,
    position        integer      not null,
    kind            varchar(20)  not null,
    name            varchar(200) not null,
    organisation_id uuid,
    contact_name    varchar(200),
    contact_email   varchar(320),
    contact_phone   varchar(40),
    primary key (region_id, position)
);

-- Disciplines the region expects in every core network beyond the core composition.
create table network_region_expected_discipline (
    region_id       uuid        not null references network_region (id) on delete cascade,
    discipline_code varchar(40) not null references network_discipline (code),
    primary key (region_id, discipline_code)
);
