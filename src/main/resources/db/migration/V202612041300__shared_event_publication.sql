-- Spring Modulith's event publication registry (JPA, Modulith 2.1): one row per event and listener
-- (@ApplicationModuleListener), written in the transaction that publishes the event, so a reaction of another module
-- is not lost when the application stops before the listener has run. The columns are those of Modulith's entity
-- JpaEventPublication (ddl-auto=validate checks them); varchar without a length is unbounded on PostgreSQL and H2.
create table event_publication (
    id                     uuid                     not null,
    listener_id            varchar(1000)            not null,
    event_type             varchar(1000)            not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer                  not null,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);

create index ix_event_publication_status on event_publication (status, publication_date);
create index ix_event_publication_completion on event_publication (completion_date);

-- spring.modulith.events.completion-mode=archive: a completed publication moves here and is deleted after
-- hecht.events.keep-completed (EventPublicationHousekeeping).
create table event_publication_archive (
    id                     uuid                     not null,
    listener_id            varchar(1000)            not null,
    event_type             varchar(1000)            not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer                  not null,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication_archive primary key (id)
);

create index ix_event_publication_archive_completion on event_publication_archive (completion_date);
