-- Imports of the sociale kaart (CSV, HSDS JSON): status, progress and report of each run, kept in the database so
-- that on a cluster any node can answer the progress poll.
create table directory_import (
    id              uuid primary key,
    format          varchar(10)  not null,
    file_name       varchar(255),
    started_by      uuid,
    status          varchar(20)  not null,
    phase           varchar(20)  not null,
    progress_done   bigint       not null default 0,
    progress_total  bigint       not null default 0,
    started_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    records_read    integer      not null default 0,
    created_count   integer      not null default 0,
    updated_count   integer      not null default 0,
    unchanged_count integer      not null default 0,
    problem_count   integer      not null default 0,
    error_key       varchar(100)
);
create index directory_import_started_ix on directory_import (started_at);

-- the problems of a rejected import (the first few hundred)
create table directory_import_problem (
    import_id     uuid         not null references directory_import (id),
    problem_index integer      not null,
    line_number   bigint,
    record_path   varchar(300),
    message_key   varchar(100) not null,
    arguments     varchar(1000),
    primary key (import_id, problem_index)
);
