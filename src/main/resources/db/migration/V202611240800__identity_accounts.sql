-- Accounts of people who log in to Hecht, their roles, recovery codes and invitations.
create table account (
    id              uuid primary key,
    username        varchar(100)  not null,
    display_name    varchar(200)  not null,
    email           varchar(320)  not null,
    organisation    varchar(200),
    discipline      varchar(100),
    password_hash   varchar(200),
    totp_secret     varchar(64),
    totp_last_step  bigint,
    active          boolean       not null,
    failed_attempts integer       not null,
    locked_until    timestamp with time zone,
    last_login_at   timestamp with time zone,
    created_at      timestamp with time zone not null,
    version         bigint        not null,
    constraint account_username_uk unique (username)
);

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(30) not null,
    primary key (account_id, role)
);

create table account_recovery_code (
    account_id uuid        not null references account (id) on delete cascade,
    code_hash  varchar(64) not null,
    primary key (account_id, code_hash)
);

create table invitation (
    id         uuid primary key,
    account_id uuid        not null references account (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint invitation_token_uk unique (token_hash)
);
