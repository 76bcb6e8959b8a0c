-- The wijkfoto of a network (seed 004, R194, R196, R197, R003, R041): the target groups it chooses from the figures,
-- what it sees in the wijk (qualitative notes), and figures of municipalities or insurers imported per
-- neighbourhood. The CBS figures and the sociale kaart are read from their modules, not copied. A network is referred
-- to by its id (the network module keeps it).
create table wijkfoto_target_group (
    id           uuid primary key,
    network_id   uuid          not null,
    name         varchar(120)  not null,
    reason       varchar(1000) not null,
    chosen_by    uuid          not null,
    chosen_by_name varchar(200) not null,
    chosen_at    timestamp with time zone not null,
    version      bigint        not null
);
create index wijkfoto_target_group_network_ix on wijkfoto_target_group (network_id);

create table wijkfoto_note (
    id           uuid primary key,
    network_id   uuid          not null,
    text         varchar(4000) not null,
    written_by   uuid          not null,
    written_by_name varchar(200) not null,
    written_at   timestamp with time zone not null,
    version      bigint        not null
);
create index wijkfoto_note_network_ix on wijkfoto_note (network_id);

create table wijkfoto_figure (
    id                uuid primary key,
    network_id        uuid          not null,
    neighbourhood_code varchar(10)  not null,
    indicator         varchar(100)  not null,
    figure_value      numeric(19, 4) not null,
    figure_year       integer       not null,
    source            varchar(200)  not null,
    imported_by       uuid          not null,
    imported_at       timestamp with time zone not null,
    constraint wijkfoto_figure_uk unique (network_id, neighbourhood_code, indicator, figure_year, source)
);
create index wijkfoto_figure_network_ix on wijkfoto_figure (network_id);
