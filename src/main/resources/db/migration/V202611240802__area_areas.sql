-- CBS areas: municipalities (GM####), districts (WK######) and neighbourhoods (BU########) in one table, because
-- key figures, geometry and neighbours are kept per area code at every level. Codes are strings (leading zeros).
create table area (
    code              varchar(10)  not null,
    area_level        varchar(13)  not null,
    name              varchar(200) not null,
    municipality_code varchar(6),
    district_code     varchar(8),
    updated_at        timestamp with time zone not null,
    constraint area_pk primary key (code),
    constraint area_level_ck check (area_level in ('MUNICIPALITY', 'DISTRICT', 'NEIGHBOURHOOD')),
    constraint area_municipality_fk foreign key (municipality_code) references area (code),
    constraint area_district_fk foreign key (district_code) references area (code)
);
create index area_municipality_ix on area (municipality_code, area_level);
create index area_district_ix on area (district_code);

-- CBS key figures ("kerncijfers") per area per year. Null means CBS does not publish the figure; never 0.
create table area_key_figures (
    area_code                     varchar(10) not null,
    figures_year                  integer     not null,
    inhabitants                   integer,
    age_0_14                      integer,
    age_15_24                     integer,
    age_25_44                     integer,
    age_45_64                     integer,
    age_65_plus                   integer,
    households                    integer,
    one_person_households         integer,
    average_income_per_inhabitant double precision,
    wmo_clients                   integer,
    distance_to_gp_km             double precision,
    area_hectares                 integer,
    constraint area_key_figures_pk primary key (area_code, figures_year),
    constraint area_key_figures_area_fk foreign key (area_code) references area (code)
);
create index area_key_figures_year_ix on area_key_figures (figures_year);

-- The outline of an area as a GeoJSON geometry in WGS84, a representative point inside it and its bounding box.
create table area_geometry (
    area_code       varchar(10)      not null,
    geojson         text             not null,
    content_hash    varchar(64)      not null,
    point_latitude  double precision not null,
    point_longitude double precision not null,
    min_latitude    double precision not null,
    min_longitude   double precision not null,
    max_latitude    double precision not null,
    max_longitude   double precision not null,
    vertex_count    integer          not null,
    updated_at      timestamp with time zone not null,
    constraint area_geometry_pk primary key (area_code),
    constraint area_geometry_area_fk foreign key (area_code) references area (code)
);

-- Areas of the same level that share a boundary (derived from the geometry at import); both directions are stored.
create table area_neighbour (
    area_code      varchar(10) not null,
    neighbour_code varchar(10) not null,
    constraint area_neighbour_pk primary key (area_code, neighbour_code),
    constraint area_neighbour_area_fk foreign key (area_code) references area (code),
    constraint area_neighbour_neighbour_fk foreign key (neighbour_code) references area (code)
);
create index area_neighbour_neighbour_ix on area_neighbour (neighbour_code);
