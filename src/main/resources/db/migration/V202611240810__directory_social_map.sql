-- The sociale kaart, shaped after Open Referral HSDS 3.0: organisations (extended), their locations and their
-- services, community initiatives and access points (one table, told apart by kind), a managed taxonomy, and
-- the accounts that keep an organisation's entries up to date.

alter table directory_organisation add column external_id varchar(100);
alter table directory_organisation add column description varchar(2000);
alter table directory_organisation add column website varchar(300);
alter table directory_organisation add column email varchar(200);
alter table directory_organisation add column phone varchar(40);
create unique index directory_organisation_external_id_ux on directory_organisation (external_id);

-- accounts that may edit the organisation's entries (organisation staff)
create table directory_organisation_staff (
    organisation_id uuid not null references directory_organisation (id),
    account_id      uuid not null,
    primary key (organisation_id, account_id)
);
create index directory_organisation_staff_account_ix on directory_organisation_staff (account_id);

-- the managed taxonomy: categories (hierarchical) and target groups
create table directory_taxonomy_term (
    code        varchar(60)  primary key,
    vocabulary  varchar(20)  not null,
    parent_code varchar(60)  references directory_taxonomy_term (code),
    name_nl     varchar(120) not null,
    name_en     varchar(120) not null,
    position    integer      not null default 0
);

create table directory_location (
    id                    uuid primary key,
    organisation_id       uuid         not null references directory_organisation (id),
    external_id           varchar(100),
    name                  varchar(200) not null,
    address               varchar(200),
    postal_code           varchar(7),
    city                  varchar(100),
    neighbourhood_code    varchar(10),
    latitude              double precision,
    longitude             double precision,
    wheelchair_accessible boolean      not null default false,
    accessibility         varchar(1000),
    version               bigint       not null,
    constraint directory_location_point_ck check ((latitude is null) = (longitude is null))
);
create unique index directory_location_external_id_ux on directory_location (external_id);
create index directory_location_organisation_ix on directory_location (organisation_id);

create table directory_service (
    id                  uuid primary key,
    organisation_id     uuid          not null references directory_organisation (id),
    external_id         varchar(100),
    kind                varchar(20)   not null,
    name                varchar(200)  not null,
    description         varchar(4000),
    category_code       varchar(60)   not null references directory_taxonomy_term (code),
    eligibility         varchar(1000),
    access              varchar(20)   not null,
    referral_by         varchar(300),
    costs               varchar(300),
    phone               varchar(40),
    email               varchar(200),
    website             varchar(300),
    contact_name        varchar(200),
    organiser           varchar(200),
    waiting_days        integer,
    public_entry        boolean       not null default false,
    active              boolean       not null default true,
    last_verified_on    date          not null,
    last_verified_by    uuid,
    reminded_at         timestamp with time zone,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint        not null,
    constraint directory_service_waiting_ck check (waiting_days is null or waiting_days >= 0)
);
create unique index directory_service_external_id_ux on directory_service (external_id);
create index directory_service_organisation_ix on directory_service (organisation_id);
create index directory_service_verified_ix on directory_service (last_verified_on);

create table directory_service_target_group (
    service_id uuid        not null references directory_service (id) on delete cascade,
    code       varchar(60) not null references directory_taxonomy_term (code),
    primary key (service_id, code)
);

create table directory_service_language (
    service_id uuid       not null references directory_service (id) on delete cascade,
    code       varchar(8) not null,
    primary key (service_id, code)
);

create table directory_service_neighbourhood (
    service_id uuid        not null references directory_service (id) on delete cascade,
    code       varchar(10) not null,
    primary key (service_id, code)
);
create index directory_service_neighbourhood_code_ix on directory_service_neighbourhood (code);

create table directory_service_location (
    service_id  uuid not null references directory_service (id) on delete cascade,
    location_id uuid not null references directory_location (id),
    primary key (service_id, location_id)
);
create index directory_service_location_location_ix on directory_service_location (location_id);

-- weekly opening hours (HSDS schedule with freq=WEEKLY and byday)
create table directory_service_schedule (
    service_id  uuid        not null references directory_service (id) on delete cascade,
    day_of_week varchar(10) not null,
    opens_at    time        not null,
    closes_at   time        not null,
    constraint directory_service_schedule_ck check (opens_at < closes_at)
);
create index directory_service_schedule_service_ix on directory_service_schedule (service_id);
