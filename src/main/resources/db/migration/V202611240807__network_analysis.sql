-- Network analysis (seed 004, R257, R258): the informal players a network adds by hand (key figures such as a church
-- or playground association, residents' initiatives, the municipality, residents), and the joint sessions of the
-- "golden triangle" (municipality, professionals, residents) with the lines drawn by hand in them. Derived lines are
-- computed, not stored. Nodes are referred to as text: organisation:<uuid>, discipline:<code>, player:<uuid>.
create table network_analysis_player (
    id                 uuid primary key,
    network_id         uuid          not null references network_network (id) on delete cascade,
    kind               varchar(30)   not null,
    name               varchar(200)  not null,
    description        varchar(1000),
    -- a later entry of the sociale kaart (directory) this player is, when known
    directory_entry_id uuid,
    created_at         timestamp with time zone not null,
    version            bigint        not null
);
create index network_analysis_player_network_ix on network_analysis_player (network_id);

create table network_analysis_session (
    id                  uuid primary key,
    network_id          uuid          not null references network_network (id) on delete cascade,
    held_on             date          not null,
    municipality_side   varchar(1000),
    professionals_side  varchar(1000),
    residents_side      varchar(1000),
    chances             varchar(4000),
    recorded_by         uuid          not null,
    recorded_at         timestamp with time zone not null,
    version             bigint        not null
);
create index network_analysis_session_network_ix on network_analysis_session (network_id);

create table network_analysis_line (
    session_id uuid          not null references network_analysis_session (id) on delete cascade,
    position   integer       not null,
    from_node  varchar(80)   not null,
    to_node    varchar(80)   not null,
    kind       varchar(20)   not null,
    note       varchar(1000),
    primary key (session_id, position),
    constraint network_analysis_line_kind_ck check (kind in ('WORKS_TOGETHER', 'WANTS_TO', 'BOTTLENECK')),
    constraint network_analysis_line_ends_ck check (from_node <> to_node)
);
