-- The organisation register of the sociale kaart: the organisations networks and their members belong to.
create table directory_organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    type        varchar(30)  not null,
    agb_code    varchar(8),
    kvk_number  varchar(8),
    list_size   integer,
    created_at  timestamp with time zone not null,
    version     bigint       not null,
    constraint directory_organisation_list_size_ck check (list_size is null or list_size >= 0)
);

create index directory_organisation_name_ix on directory_organisation (name);
