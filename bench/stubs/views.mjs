// Each subgraph's view of the canned dataset, as graphql-js root values: objects whose properties are the fields
// of the committed subgraph SDL (functions where a field takes arguments). An entity another subgraph owns is a
// stub with its key and the fields this subgraph adds, as in the real services. Lists page and order as the
// services do; their filters are accepted and ignored (no benchmarked operation uses one), and mutations are refused.
import { GraphQLError } from 'graphql';
import { dataset } from './dataset.mjs';

const MAX_PAGE = 100;

function badInput(message, argument) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: argument } });
}

function encodeCursor(offset) {
  return Buffer.from(`offset:${offset}`).toString('base64');
}

function decodeCursor(cursor) {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw badInput('after is not a cursor of this list', 'after');
  return Number(match[1]);
}

/** A Relay connection over `items`, as the services page their root lists. */
function connection(items, { first, after }) {
  if (first < 0 || first > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`, 'first');
  const start = after == null ? 0 : decodeCursor(after) + 1;
  const page = items.slice(start, start + first);
  const edges = page.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

const readOnly = () => {
  throw new GraphQLError('the benchmark subgraphs are read-only', { extensions: { code: 'BAD_USER_INPUT' } });
};

/** Memoises a factory per id, so that one entity is one object however often it is referenced. */
function registry(factory) {
  const objects = new Map();
  return (id) => {
    let object = objects.get(id);
    if (!object) {
      object = factory(id);
      objects.set(id, object);
    }
    return object;
  };
}

function byName(direction) {
  const sign = direction === 'NAME_DESC' ? -1 : 1;
  return (a, b) => sign * a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}

function byDate(direction) {
  const sign = direction === 'DATE_DESC' ? -1 : 1;
  return (a, b) => sign * (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1);
}

function actorsView({ actors }) {
  const actorOf = registry(() => ({ __typename: 'Actor' }));
  const all = actors.map((record, i) => {
    const object = actorOf(record.id);
    const { offices, membershipIndexes, ...scalars } = record;
    Object.assign(object, scalars, {
      offices: offices.map(({ organisationIndex, ...office }) => ({
        ...office,
        organisation: actorOf(actors[organisationIndex].id),
      })),
      memberships: membershipIndexes.map((o) => membership(i, o)),
      members: [],
    });
    return object;
  });
  function membership(memberIndex, organisationIndex) {
    return {
      member: actorOf(actors[memberIndex].id),
      organisation: actorOf(actors[organisationIndex].id),
      role: 'member state',
      since: '2002-10-07',
      note: null,
      contributedTroops: memberIndex % 3 === 0,
    };
  }
  for (const [i, record] of actors.entries()) {
    for (const o of record.membershipIndexes) actorOf(actors[o].id).members.push(membership(i, o));
  }
  const ids = new Set(all.map((a) => a.id));
  return {
    entity: ({ __typename, id }) => (__typename === 'Actor' && ids.has(id) ? actorOf(id) : null),
    query: {
      actor: ({ id }) => (ids.has(id) ? actorOf(id) : null),
      actors: ({ first, after, orderBy }) => connection([...all].sort(byName(orderBy)), { first, after }),
      searchActors: ({ text, first, after }) => {
        const needle = text.toLowerCase();
        const found = all.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(needle)));
        return connection(found.sort(byName('NAME_ASC')), { first, after });
      },
    },
    mutation: { createActor: readOnly, updateActor: readOnly, retireActor: readOnly },
  };
}

function eventsView({ actors, events }) {
  const eventOf = registry(() => ({ __typename: 'Event' }));
  const participations = new Map(); // actor id -> [{ role, event }]
  const actorOf = registry((id) => ({
    __typename: 'Actor',
    id,
    events: ({ role }) => (participations.get(id) ?? [])
      .filter((p) => role == null || p.role === role)
      .map((p) => p.event),
  }));
  const causalLinks = events.flatMap((record, j) => record.causeIndexes.map((c) => ({
    cause: eventOf(events[c].id),
    effect: eventOf(record.id),
    description: `Event ${c} led to event ${j}.`,
    certainty: j % 2 === 0 ? 'stated' : null,
    source: j % 3 === 0
      ? { outlet: 'Axios', title: `Analysis ${j}`, url: null, author: null, quotedPerson: null, publishedOn: null }
      : null,
  })));
  const all = events.map((record) => {
    const object = eventOf(record.id);
    const { participants, figures, causeIndexes, ...scalars } = record;
    Object.assign(object, scalars, {
      participants: participants.map(({ actorIndex, ...participant }) =>
        ({ ...participant, actor: actorOf(actors[actorIndex].id) })),
      figures: figures.map(({ reportedByIndex, ...figure }) =>
        ({ ...figure, reportedBy: actorOf(actors[reportedByIndex].id) })),
      causes: causalLinks.filter((link) => link.effect === object),
      consequences: causalLinks.filter((link) => link.cause === object),
    });
    for (const participant of object.participants) {
      const list = participations.get(participant.actor.id) ?? [];
      list.push({ role: participant.role, event: object });
      participations.set(participant.actor.id, list);
    }
    return object;
  });
  const ids = new Set(all.map((e) => e.id));
  return {
    entity: ({ __typename, id }) => {
      if (__typename === 'Actor') return actorOf(id);
      if (__typename === 'Event') return ids.has(id) ? eventOf(id) : null;
      return null;
    },
    query: {
      event: ({ id }) => (ids.has(id) ? eventOf(id) : null),
      timeline: ({ first, after, orderBy }) => connection([...all].sort(byDate(orderBy)), { first, after }),
    },
    mutation: { createEvent: readOnly, updateEvent: readOnly, retireEvent: readOnly, linkEvents: readOnly },
  };
}

function reactionsView({ actors, events, reactions }) {
  const actorOf = registry((id) => ({ __typename: 'Actor', id, reactions: [] }));
  const eventOf = registry((id) => ({ __typename: 'Event', id, reactions: [] }));
  const all = reactions.map(({ eventIndex, actorIndex, reportedThroughIndex, ...scalars }) => {
    const object = {
      __typename: 'Reaction',
      ...scalars,
      event: eventOf(events[eventIndex].id),
      actor: actorOf(actors[actorIndex].id),
      reportedThroughActor: reportedThroughIndex == null ? null : actorOf(actors[reportedThroughIndex].id),
    };
    object.event.reactions.push(object);
    object.actor.reactions.push(object);
    return object;
  });
  const reactionById = new Map(all.map((r) => [r.id, r]));
  return {
    entity: ({ __typename, id }) => {
      if (__typename === 'Actor') return actorOf(id);
      if (__typename === 'Event') return eventOf(id);
      if (__typename === 'Reaction') return reactionById.get(id) ?? null;
      return null;
    },
    query: {
      reaction: ({ id }) => reactionById.get(id) ?? null,
      reactions: ({ first, after, orderBy }) => connection([...all].sort(byDate(orderBy)), { first, after }),
    },
    mutation: { createReaction: readOnly, updateReaction: readOnly, retireReaction: readOnly },
  };
}

const VIEWS = { actors: actorsView, events: eventsView, reactions: reactionsView };

export const SUBGRAPH_NAMES = Object.keys(VIEWS);

/** The root values of subgraph `name`, with `_entities` and `_service` wired as every Federation subgraph has them. */
export function rootValues(name, sdl) {
  const view = VIEWS[name](dataset());
  return {
    query: {
      ...view.query,
      _service: () => ({ sdl }),
      _entities: ({ representations }) => representations.map(view.entity),
    },
    mutation: view.mutation,
  };
}
