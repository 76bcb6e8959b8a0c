-- Networks: core (hecht wijkverband) and thematic, their service area, charter, composition settings and members.
create table network_network (
    id                     uuid primary key,
    region_id              uuid         not null references network_region (id),
    name                   varchar(200) not null,
    label                  varchar(30)  not null,
    coordinator_label      varchar(20)  not null,
    kind                   varchar(10)  not null,
    theme                  varchar(20),
    theme_description      varchar(200),
    age_from               integer,
    age_to                 integer,
    status                 varchar(20)  not null,
    status_since           date         not null,
    active_since           date,
    ended_on               date,
    driver_account_id      uuid,
    area_basis             varchar(20)  not null,
    size_justification     varchar(2000),
    social_domain_linked   boolean      not null,
    social_domain_link     varchar(500),
    purpose                varchar(4000),
    answer_a               varchar(4000),
    answer_b               varchar(4000),
    answer_c               varchar(4000),
    answer_d               varchar(4000),
    organisational_model   varchar(20),
    created_at             timestamp with time zone not null,
    version                bigint       not null,
    constraint network_network_kind_ck check (kind in ('CORE', 'THEMATIC')),
    constraint network_network_theme_ck check ((kind = 'CORE' and theme is null) or (kind = 'THEMATIC' and theme is not null)),
    constraint network_network_age_ck check (age_from is null or age_to is null or age_from <= age_to)
);
create index network_network_region_ix on network_network (region_id);

create table network_service_area (
    network_id        uuid        not null references network_network (id) on delete cascade,
    neighbourhood_code varchar(10) not null,
    primary key (network_id, neighbourhood_code)
);
create index network_service_area_code_ix on network_service_area (neighbourhood_code);

-- Practice-based networks (elderly teams, R136): the GP practices (organisations of module directory) served.
create table network_served_practice (
    network_id      uuid not null references network_network (id) on delete cascade,
    organisation_id uuid not null,
    primary key (network_id, organisation_id)
);

-- Which social-domain functions count for the social-domain seat of this network (R010, R011); none = all.
create table network_social_function (
    network_id      uuid        not null references network_network (id) on delete cascade,
    discipline_code varchar(40) not null references network_discipline (code),
    primary key (network_id, discipline_code)
);

-- Why an expected seat or discipline does not take part (R168).
create table network_non_participation (
    network_id  uuid         not null references network_network (id) on delete cascade,
    expectation varchar(60)  not null,
    reason      varchar(1000) not null,
    primary key (network_id, expectation)
);

-- Regional documents the charter builds on (R038).
create table network_document_link (
    network_id uuid          not null references network_network (id) on delete cascade,
    position   integer       not null,
    title      varchar(200)  not null,
    url        varchar(1000) not null,
    primary key (network_id, position)
);

-- Members ("namen en rugnummers"): a person (account or external contact) for a discipline, with history.
create table network_member (
    id                 uuid primary key,
    network_id         uuid          not null references network_network (id) on delete cascade,
    account_id         uuid,
    person_name        varchar(200)  not null,
    organisation_id    uuid,
    discipline_code    varchar(40)   not null references network_discipline (code),
    mandate            varchar(2000),
    task_package       varchar(2000),
    phone              varchar(40),
    email              varchar(320),
    reachable_days     varchar(200),
    reachable_hours    varchar(200),
    out_of_hours       varchar(500),
    crisis             varchar(500),
    preferred_channel  varchar(20),
    reachable_for      varchar(1000),
    valid_from         date          not null,
    valid_to           date,
    version            bigint        not null,
    constraint network_member_validity_ck check (valid_to is null or valid_to >= valid_from)
);
create index network_member_network_ix on network_member (network_id);
create index network_member_account_ix on network_member (account_id);

create table network_member_role (
    member_id uuid        not null references network_member (id) on delete cascade,
    role      varchar(20) not null,
    primary key (member_id, role)
);
