-- The timeline: events with their place, participants, reported figures and sources, and the causal
-- links between events. Portable SQL: runs unchanged on H2 and PostgreSQL.

create table event (
    id              varchar(100)  not null primary key,
    version         bigint        not null,
    retired         boolean       not null default false,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    title           varchar(300)  not null,
    summary         varchar(4000) not null,
    event_type      varchar(30)   not null,
    event_date      date          not null,
    end_date        date,
    date_precision  varchar(10)   not null,
    date_note       varchar(1000),
    place_name      varchar(200),
    place_region    varchar(200),
    place_country   varchar(2),
    place_latitude  double precision,
    place_longitude double precision,
    constraint event_end_not_before_start check (end_date is null or end_date >= event_date)
);

create index event_date_idx on event (event_date);

create table event_participant (
    event_id varchar(100)  not null references event (id),
    position integer       not null,
    actor_id varchar(100)  not null,
    role     varchar(30)   not null,
    note     varchar(1000),
    primary key (event_id, position)
);

-- Actor.events looks events up by participant.
create index event_participant_actor_idx on event_participant (actor_id);

create table event_figure (
    event_id             varchar(100) not null references event (id),
    position             integer      not null,
    measure              varchar(200) not null,
    figure_value         integer,
    qualifier            varchar(20)  not null,
    reported_text        varchar(200) not null,
    attribution          varchar(500) not null,
    reported_by_id       varchar(100),
    source_outlet        varchar(200) not null,
    source_title         varchar(500),
    source_url           varchar(1000),
    source_published_on  date,
    source_author        varchar(200),
    source_quoted_person varchar(200),
    primary key (event_id, position)
);

create table event_source (
    event_id             varchar(100) not null references event (id),
    position             integer      not null,
    source_outlet        varchar(200) not null,
    source_title         varchar(500),
    source_url           varchar(1000),
    source_published_on  date,
    source_author        varchar(200),
    source_quoted_person varchar(200),
    primary key (event_id, position)
);

create table causal_link (
    cause_id             varchar(100)  not null references event (id),
    effect_id            varchar(100)  not null references event (id),
    description          varchar(2000) not null,
    certainty            varchar(200),
    source_outlet        varchar(200),
    source_title         varchar(500),
    source_url           varchar(1000),
    source_published_on  date,
    source_author        varchar(200),
    source_quoted_person varchar(200),
    created_at           timestamp with time zone not null,
    primary key (cause_id, effect_id),
    constraint causal_link_not_self check (cause_id <> effect_id)
);

-- The primary key serves Event.consequences (links by cause); this index serves Event.causes (links by effect).
create index causal_link_effect_idx on causal_link (effect_id);
