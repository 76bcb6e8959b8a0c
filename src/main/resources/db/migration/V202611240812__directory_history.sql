-- The change history of the sociale kaart's entries: who (account id, or none for an import), when, what
-- (created, changed, verified, imported), numbered per entry, and for a change the fields with their old and new values.

create table directory_service_history (
    id          uuid primary key,
    service_id  uuid                     not null references directory_service (id) on delete cascade,
    sequence_no integer                  not null,
    occurred_at timestamp with time zone not null,
    account_id  uuid,
    kind        varchar(20)              not null
);
create unique index directory_service_history_service_ux on directory_service_history (service_id, sequence_no);

create table directory_service_history_change (
    history_id uuid          not null references directory_service_history (id) on delete cascade,
    position   integer       not null,
    field      varchar(40)   not null,
    old_value  varchar(4000),
    new_value  varchar(4000),
    primary key (history_id, position)
);

create index directory_service_reminded_ix on directory_service (reminded_at);
