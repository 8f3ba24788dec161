// The canned records the stub subgraphs serve: generated from the index alone, so every run and every stub process
// sees the same actors, events and reactions, sized so that one operation can reach a few hundred entities.
// The numbers are made up; only their shape (ids, lists, nullables, cross-subgraph references) matters here.

export const ACTOR_COUNT = 240;
export const EVENT_COUNT = 150;
export const REACTIONS_PER_EVENT = 2;
export const PARTICIPANTS_PER_EVENT = 3;

const ACTOR_KINDS = ['PERSON', 'STATE', 'ORGANISATION', 'GROUP'];
const COUNTRIES = ['KZ', 'RU', 'US', 'CN', 'KG', null];
const EVENT_TYPES = ['PROTEST', 'UNREST', 'POLICY', 'POLITICAL', 'SECURITY_OPERATION', 'MILITARY_DEPLOYMENT'];
const PARTICIPANT_ROLES = ['INITIATOR', 'PARTICIPANT', 'TARGET', 'AFFECTED', 'CONTRIBUTOR', 'REPORTER'];
const REACTION_KINDS = ['STATEMENT', 'ACTION', 'ANALYSIS', 'MEDIA_COVERAGE'];
const STANCES = ['SUPPORTIVE', 'CRITICAL', 'CONCERNED', 'NEUTRAL', 'OPPOSED', 'MIXED'];
const QUALIFIERS = ['EXACT', 'AT_LEAST', 'MORE_THAN', 'APPROXIMATELY', 'UP_TO', 'VAGUE'];
const PLACES = [
  { name: 'Almaty', country: 'KZ', region: 'Almaty', latitude: 43.2389, longitude: 76.8897 },
  { name: 'Nur-Sultan', country: 'KZ', region: null, latitude: 51.1694, longitude: 71.4491 },
  { name: 'Zhanaozen', country: 'KZ', region: 'Mangystau', latitude: 43.3412, longitude: 52.8619 },
  { name: 'Aktau', country: 'KZ', region: 'Mangystau', latitude: 43.6481, longitude: 51.1722 },
];

const pad = (n) => String(n).padStart(3, '0');
export const actorId = (i) => `actor-${pad(i)}`;
export const eventId = (i) => `event-${pad(i)}`;
export const reactionId = (i) => `reaction-${pad(i)}`;

/** An ISO date `offset` days after 1 January 2022. */
function day(offset) {
  return new Date(Date.UTC(2022, 0, 1 + offset)).toISOString().slice(0, 10);
}

function source(i) {
  return {
    outlet: ['Axios', 'Reuters', 'BBC', 'AP'][i % 4],
    title: `Report ${i}`,
    url: `https://example.org/reports/${i}`,
    author: i % 3 === 0 ? null : `Correspondent ${i % 17}`,
    quotedPerson: i % 5 === 0 ? `Spokesperson ${i % 11}` : null,
    publishedOn: day(i % 20),
  };
}

function actor(i) {
  const kind = ACTOR_KINDS[i % ACTOR_KINDS.length];
  return {
    id: actorId(i),
    name: `Actor ${i}`,
    kind,
    country: COUNTRIES[i % COUNTRIES.length],
    aliases: i % 2 === 0 ? [`A${i}`] : [`A${i}`, `Actor number ${i}`],
    description: `Actor ${i}, a ${kind.toLowerCase()} in the story, as the sources describe it.`,
    retired: false,
    version: 1 + (i % 3),
    sources: [source(i)],
    // Offices and memberships point at organisations (kind ORGANISATION: i % 4 === 2).
    offices: kind === 'PERSON'
      ? [{ title: `Office ${i}`, current: i % 8 !== 0, startedOn: day(-400 - i), endedOn: i % 8 === 0 ? day(5) : null,
        note: null, organisationIndex: (i + 2) % ACTOR_COUNT }]
      : [],
    membershipIndexes: kind === 'STATE' ? [(i + 1) % ACTOR_COUNT] : [],
  };
}

function event(j) {
  const participants = [];
  for (let k = 0; k < PARTICIPANTS_PER_EVENT; k++) {
    participants.push({
      role: PARTICIPANT_ROLES[(j + k) % PARTICIPANT_ROLES.length],
      note: k === 0 ? `Led by actor ${(j * 7) % ACTOR_COUNT}` : null,
      actorIndex: (j * 7 + k * 13) % ACTOR_COUNT,
    });
  }
  return {
    id: eventId(j),
    title: `Event ${j}`,
    summary: `What happened in event ${j}, as the sources report it.`,
    date: day(Math.floor(j / 10)),
    dateNote: j % 6 === 0 ? `"this weekend" in an article of Thu 6 Jan 2022` : null,
    datePrecision: 'DAY',
    endDate: j % 9 === 0 ? day(Math.floor(j / 10) + 1) : null,
    type: EVENT_TYPES[j % EVENT_TYPES.length],
    retired: false,
    version: 1,
    place: j % 5 === 4 ? null : PLACES[j % PLACES.length],
    sources: [source(j + 1000)],
    participants,
    figures: j % 2 === 0
      ? [{ measure: 'people arrested', text: `more than ${j * 10}`, value: j * 10, qualifier: QUALIFIERS[j % QUALIFIERS.length],
        attribution: 'according to the interior ministry', reportedByIndex: (j * 3) % ACTOR_COUNT, source: source(j + 2000) }]
      : [],
    // Each event but the first is caused by the one before it.
    causeIndexes: j > 0 ? [j - 1] : [],
  };
}

function reaction(r) {
  return {
    id: reactionId(r),
    eventIndex: Math.floor(r / REACTIONS_PER_EVENT),
    actorIndex: (r * 11) % ACTOR_COUNT,
    reportedThroughIndex: r % 5 === 0 ? (r * 3 + 1) % ACTOR_COUNT : null,
    kind: REACTION_KINDS[r % REACTION_KINDS.length],
    stance: STANCES[r % STANCES.length],
    summary: `What actor ${(r * 11) % ACTOR_COUNT} said about event ${Math.floor(r / REACTIONS_PER_EVENT)}.`,
    quote: r % 3 === 0 ? null : `Quote number ${r}.`,
    date: day(Math.floor(r / (REACTIONS_PER_EVENT * 10)) + 1),
    dateNote: null,
    reportedThrough: r % 5 === 0 ? `Analyst ${r % 7}` : null,
    retired: false,
    version: 1,
    source: source(r + 3000),
  };
}

const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));

/** The whole dataset as plain records; references to other records are indexes. */
export function dataset() {
  return {
    actors: range(ACTOR_COUNT, actor),
    events: range(EVENT_COUNT, event),
    reactions: range(EVENT_COUNT * REACTIONS_PER_EVENT, reaction),
  };
}
