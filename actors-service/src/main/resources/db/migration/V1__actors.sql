-- Actors and what belongs to them: aliases, sources, offices and memberships.
-- Portable SQL: it runs unchanged on H2 and PostgreSQL.

create table actor (
    id          varchar(100)  not null primary key,
    kind        varchar(20)   not null,
    name        varchar(200)  not null,
    description varchar(4000) not null,
    country     varchar(2),
    retired     boolean       not null default false,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint actor_kind_known check (kind in ('PERSON', 'STATE', 'ORGANISATION', 'GROUP'))
);

create index actor_name_idx on actor (name);

create table actor_alias (
    actor_id      varchar(100) not null references actor (id),
    list_position integer      not null,
    alias_name    varchar(200) not null,
    primary key (actor_id, list_position)
);

create table actor_source (
    actor_id             varchar(100)  not null references actor (id),
    list_position        integer       not null,
    source_outlet        varchar(200)  not null,
    source_title         varchar(500),
    source_url           varchar(1000),
    source_published_on  date,
    source_author        varchar(200),
    source_quoted_person varchar(200),
    primary key (actor_id, list_position)
);

-- organisation_id points at the state or organisation the office belongs to.
create table actor_office (
    actor_id        varchar(100)  not null references actor (id),
    list_position   integer       not null,
    title           varchar(200)  not null,
    organisation_id varchar(100)  references actor (id),
    started_on      date,
    ended_on        date,
    is_current      boolean       not null,
    note            varchar(1000),
    primary key (actor_id, list_position),
    constraint actor_office_dates_ordered check (ended_on is null or started_on is null or ended_on >= started_on)
);

create index actor_office_organisation_idx on actor_office (organisation_id);

-- actor_id is the member; organisation_id the organisation it belongs to.
create table actor_membership (
    actor_id           varchar(100)  not null references actor (id),
    list_position      integer       not null,
    organisation_id    varchar(100)  not null references actor (id),
    role               varchar(200),
    since              date,
    contributed_troops boolean       not null,
    note               varchar(1000),
    primary key (actor_id, list_position)
);

create index actor_membership_organisation_idx on actor_membership (organisation_id);
