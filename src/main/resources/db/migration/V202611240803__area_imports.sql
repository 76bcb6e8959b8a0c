-- Imports of CBS files: the job (status and progress while it runs, so any node can answer the progress poll)
-- and afterwards its report. Kept as the import history.
create table area_import (
    id               uuid         not null,
    kind             varchar(10)  not null,
    file_name        varchar(255),
    figures_year     integer,
    status           varchar(10)  not null,
    phase            varchar(20)  not null,
    progress_done    bigint       not null,
    progress_total   bigint       not null,
    started_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    rows_read        integer      not null,
    created_count    integer      not null,
    updated_count    integer      not null,
    unchanged_count  integer      not null,
    rejected_count   integer      not null,
    warning_count    integer      not null,
    unknown_columns  varchar(4000),
    error_key        varchar(100),
    error_arguments  varchar(1000),
    constraint area_import_pk primary key (id),
    constraint area_import_kind_ck check (kind in ('CBS_CSV', 'GEOJSON')),
    constraint area_import_status_ck check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
create index area_import_started_ix on area_import (started_at);

-- The rejected lines and warnings of an import, as message keys with their arguments (shown in the user's language).
create table area_import_problem (
    import_id      uuid          not null,
    problem_index  integer       not null,
    severity       varchar(10)   not null,
    line_number    bigint,
    feature_number integer,
    message_key    varchar(100)  not null,
    arguments      varchar(1000),
    constraint area_import_problem_pk primary key (import_id, problem_index),
    constraint area_import_problem_import_fk foreign key (import_id) references area_import (id) on delete cascade,
    constraint area_import_problem_severity_ck check (severity in ('REJECTED', 'WARNING'))
);
