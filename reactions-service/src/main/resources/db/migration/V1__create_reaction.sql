-- Reactions: who said or did what about which event. Actor and event ids belong to the actors and
-- events services, so they carry no foreign keys here; writes check them through those services.
create table reaction (
    id                        varchar(100)  primary key,
    version                   bigint        not null,
    retired                   boolean       not null default false,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    actor_id                  varchar(100)  not null,
    event_id                  varchar(100)  not null,
    reaction_date             date          not null,
    date_note                 varchar(500),
    kind                      varchar(20)   not null,
    stance                    varchar(20)   not null,
    summary                   varchar(2000) not null,
    quote                     varchar(1000),
    source_outlet             varchar(200)  not null,
    source_title              varchar(500),
    source_url                varchar(1000),
    source_published_on       date,
    source_author             varchar(200),
    source_quoted_person      varchar(200),
    reported_through          varchar(300),
    reported_through_actor_id varchar(100)
);

-- Actor.reactions and Event.reactions read by parent id in date order.
create index reaction_actor_date on reaction (actor_id, reaction_date);
create index reaction_event_date on reaction (event_id, reaction_date);
