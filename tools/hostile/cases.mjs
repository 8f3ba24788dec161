// The hostile corpus: requests no client in good faith sends. Each case is { name, request, expect } where request is
// { method, headers, body, query } and expect is 'refused' (a 4xx, or errors without data), 'any' (anything but a
// 5xx, a hang or a leak) or 'refused-or-closed' (a huge body the server may cut off).
// The write cases come from the schema: every text field of every create input, with every payload below.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1024 * 1024;

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const json = (body, headers = {}) => ({ headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
const raw = (body, contentType = 'application/json', headers = {}) => ({
  headers: { accept: 'application/json', ...(contentType ? { 'content-type': contentType } : {}), ...headers },
  body,
});
const get = (query, headers = { 'apollo-require-preflight': 'true' }) => ({
  method: 'GET', headers: { accept: 'application/json', ...headers }, query,
});
const nest = (depth, open, leaf) => `${open.repeat(depth)}${leaf}${' }'.repeat(depth * (open.split('{').length - 1))}`;

// --------------------------------------------------------------------------------------------------- schemas

const SCHEMA_FILES = { actors: 'actors.graphql', events: 'events.graphql', reactions: 'reactions.graphql' };
const schemas = new Map();

/** The subgraph SDLs, parsed once: root fields and input types of what a target serves. */
function schemaOf(target) {
  const names = target.schema === 'supergraph' ? Object.keys(SCHEMA_FILES) : [target.schema];
  const key = names.join(',');
  if (!schemas.has(key)) {
    const definitions = names.flatMap((name) =>
      parse(readFileSync(join(root, 'supergraph/subgraphs', SCHEMA_FILES[name]), 'utf8')).definitions);
    const rootFields = (typeName) => new Set(definitions
      .filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName)
      .flatMap((d) => d.fields.map((f) => f.name.value)));
    const inputs = new Map(definitions.filter((d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION)
      .map((d) => [d.name.value, d]));
    schemas.set(key, { query: rootFields('Query'), mutation: rootFields('Mutation'), inputs });
  }
  return schemas.get(key);
}

// --------------------------------------------------------------------------------------------- generic cases

/** Bad requests that any GraphQL-over-HTTP endpoint must refuse cleanly. */
export function genericCases() {
  const typename = '{ __typename }';
  const invalidUtf8 = (bytes) => Buffer.concat([Buffer.from('{"query":"# '), Buffer.from(bytes), Buffer.from('\\n{ __typename }"}')]);
  const ring = (count) => `{ ...F0 } ${Array.from({ length: count }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % count} }`).join(' ')}`;
  const bomb = `{ ...F0 } ${Array.from({ length: 24 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F24 on Query { __typename }`;
  return [
    // malformed bodies
    { name: 'malformed: truncated JSON', request: raw('{"query": "{ __typename') },
    { name: 'malformed: not JSON', request: raw('query { __typename }') },
    { name: 'malformed: empty body', request: raw('') },
    { name: 'malformed: JSON null', request: raw('null') },
    { name: 'malformed: JSON number', request: raw('42') },
    { name: 'malformed: JSON string', request: raw('"{ __typename }"') },
    { name: 'malformed: trailing garbage after the JSON', request: raw(`${JSON.stringify({ query: typename })} garbage`) },
    { name: 'malformed: two JSON documents', request: raw(`${JSON.stringify({ query: typename })}${JSON.stringify({ query: typename })}`) },
    { name: 'malformed: query is a number', request: json({ query: 1 }) },
    { name: 'malformed: query is null', request: json({ query: null }) },
    { name: 'malformed: query is an object', request: json({ query: { a: 1 } }) },
    { name: 'malformed: no query', request: json({ variables: {} }) },
    { name: 'malformed: variables is a string', request: json({ query: typename, variables: '{"a":1}' }) },
    { name: 'malformed: variables is an array', request: json({ query: typename, variables: [1, 2] }) },
    { name: 'malformed: operationName is a number', request: json({ query: typename, operationName: 7 }) },
    { name: 'malformed: extensions is a string', request: json({ query: typename, extensions: 'x' }) },
    { name: 'malformed: JSON nested 100,000 deep', request: raw(`{"query":"{ __typename }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`) },
    { name: 'malformed: 1 MB operationName', request: json({ query: 'query A { __typename }', operationName: 'A'.repeat(MB) }) },
    // invalid UTF-8
    { name: 'invalid UTF-8: truncated sequence', request: raw(invalidUtf8([0xc3, 0x28])) },
    { name: 'invalid UTF-8: overlong slash', request: raw(invalidUtf8([0xc0, 0xaf])) },
    { name: 'invalid UTF-8: encoded surrogate', request: raw(invalidUtf8([0xed, 0xa0, 0x80])) },
    { name: 'invalid UTF-8: stray continuation byte', request: raw(invalidUtf8([0x80])) },
    // content types
    { name: 'content type: missing', request: raw(JSON.stringify({ query: typename }), null) },
    { name: 'content type: text/plain (cross-site simple request)', request: raw(JSON.stringify({ query: typename }), 'text/plain') },
    { name: 'content type: form (cross-site simple request)', request: raw(`query=${encodeURIComponent(typename)}`, 'application/x-www-form-urlencoded') },
    { name: 'content type: multipart (cross-site simple request)', request: raw(`--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n${typename}\r\n--b--\r\n`, 'multipart/form-data; boundary=b') },
    { name: 'content type: octet-stream', request: raw(JSON.stringify({ query: typename }), 'application/octet-stream') },
    { name: 'content type: XML', request: raw('<query>{ __typename }</query>', 'application/xml') },
    { name: 'content type: JSON in another charset', request: raw(JSON.stringify({ query: typename }), 'application/json; charset=utf-16') },
    // batches
    { name: 'batch: 1,000 operations', request: raw(JSON.stringify(Array.from({ length: 1000 }, () => ({ query: typename })))) },
    { name: 'batch: 2 operations', request: raw(JSON.stringify([{ query: typename }, { query: typename }])) },
    { name: 'batch: empty array', request: raw('[]') },
    // operations
    { name: 'operation: unknown operationName', request: json({ query: 'query A { __typename }', operationName: 'B' }) },
    { name: 'operation: two anonymous operations', request: json({ query: '{ __typename } { __typename }' }) },
    { name: 'operation: two named, none chosen', request: json({ query: 'query A { __typename } query B { __typename }' }) },
    { name: 'operation: subscription', request: json({ query: 'subscription { __typename }' }) },
    { name: 'operation: empty document', request: json({ query: '' }) },
    { name: 'operation: only a fragment', request: json({ query: 'fragment F on Query { __typename }' }) },
    { name: 'operation: NUL in the document', request: json({ query: '{ __typename \u0000 }' }) },
    { name: 'operation: unterminated string', request: json({ query: '{ __type(name: "Query) { name } }' }) },
    { name: 'operation: unknown directive', request: json({ query: '{ __typename @evil }' }) },
    { name: 'operation: @defer', request: json({ query: '{ ... @defer { __typename } }' }), expect: 'any' },
    { name: 'variables: unused huge list', request: json({ query: 'query($v: [Int]) { __typename }', variables: { v: Array.from({ length: 200_000 }, (_, i) => i) } }) },
    { name: 'variables: undeclared type', request: json({ query: 'query($v: Evil) { __typename }', variables: { v: 1 } }) },
    // GET
    { name: 'GET: mutation', request: get(`query=${encodeURIComponent('mutation { __typename }')}`) },
    { name: 'GET: without a CSRF header', request: get(`query=${encodeURIComponent(typename)}`, {}) },
    { name: 'GET: 100 KB query string', request: get(`query=${encodeURIComponent(`{ __typename ${' '.repeat(100_000)}}`)}`) },
    { name: 'GET: 100 KB of fields', request: get(`query=${encodeURIComponent(`{ ${'__typename '.repeat(9_000)}}`)}`) },
    { name: 'GET: variables not JSON', request: get(`query=${encodeURIComponent(typename)}&variables=%7Bnot`) },
    { name: 'method: PUT', request: { ...json({ query: typename }), method: 'PUT' } },
    { name: 'method: DELETE', request: { ...json({ query: typename }), method: 'DELETE' } },
    // bombs
    { name: 'bomb: a field repeated 50,000 times', request: json({ query: `{ ${'__typename '.repeat(50_000)}}` }) },
    { name: 'bomb: 50,000 aliases', request: json({ query: `{ ${Array.from({ length: 50_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }) },
    { name: 'bomb: 24 fragments each spreading the next twice', request: json({ query: bomb }), expect: 'any' },
    { name: 'bomb: two circular fragments', request: json({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }) },
    { name: 'bomb: a ring of 1,000 fragments', request: json({ query: ring(1000) }) },
    { name: 'bomb: 1,000 directives on a field', request: json({ query: `{ __typename ${'@include(if: true) '.repeat(1000)}}` }) },
    { name: 'bomb: selection nested 5,000 deep', request: json({ query: nest(5000, 'a { ', 'b') }) },
    { name: 'bomb: introspection nested 50 deep', request: json({ query: `{ __schema { types { ${nest(50, 'fields { type { ', 'name')} } } }` }) },
    { name: 'bomb: introspection ofType 300 deep', request: json({ query: `{ __schema { types { ${nest(300, 'ofType { ', 'name')} } } }` }) },
    { name: 'bomb: introspection __type fields 10 deep', request: json({ query: `{ __type(name: "Query") { ${nest(10, 'fields { type { ', 'name')} } }` }) },
    // size
    { name: 'size: 20 MB body', request: raw(JSON.stringify({ query: typename, extensions: { x: 'a'.repeat(20 * MB) } })), expect: 'refused-or-closed' },
    { name: 'size: 100 KB Authorization header', request: json({ query: typename }, { authorization: `Bearer ${'a'.repeat(100_000)}` }), expect: 'refused-or-closed' },
  ];
}

// -------------------------------------------------------------------------------------------- domain cases

/**
 * Issue 7's regression: a 586-byte query that once held events-service busy for minutes at 6.7 GB. Beyond being
 * refused, it must be refused within REFUSAL_BOUND_MS, and the target must answer a normal query right after.
 */
export const ISSUE_QUERY_CASE = 'deep: the issue\'s timeline query';

/** Bad requests against the fields a target really serves: deep and wide queries, bad ids, dates and lists. */
export function targetedCases(target) {
  const { query } = schemaOf(target);
  const cases = [];
  const add = (needs, name, request, expect = 'refused') => {
    if (needs.every((field) => query.has(field))) cases.push({ name, request, expect });
  };
  const gatewayOnly = target.schema === 'supergraph';
  if (gatewayOnly) {
    const eventsDeep = nest(8, 'participants { actor { events { ', 'reactions { actor { name } }');
    add(['timeline'], ISSUE_QUERY_CASE, json({ query: `{ timeline(first: 100) { edges { node { ${eventsDeep} } } } }` }));
    add(['timeline'], 'deep: timeline, reactions, actor, events 13 times',
      json({ query: `{ timeline(first: 100) { edges { node { ${nest(13, 'reactions { actor { events { ', 'title')} } } } }` }));
    add(['event'], 'deep: event reactions event 24 deep',
      json({ query: `{ event(id: "power-transition-2019") { ${nest(24, 'reactions { event { ', 'title')} } }` }));
    add(['actor'], 'wide: 400 aliases, each a federated fetch',
      json({ query: `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: actor(id: "kassym-jomart-tokayev") { events { title } reactions { summary } }`).join(' ')} }` }));
  }
  if (!gatewayOnly && target.schema === 'events') {
    // The same query sent straight to events-service, which resolves every field of it but the reactions.
    add(['timeline'], ISSUE_QUERY_CASE, json({
      query: `{ timeline(first: 100) { edges { node { ${nest(8, 'participants { actor { events { ', 'title')} } } } }`,
    }));
    add(['timeline'], 'deep: causes and consequences 30 deep', json({
      query: `{ timeline(first: 100) { edges { node { ${nest(30, 'causes { cause { consequences { effect { ', 'title')} } } } }`,
    }));
  }
  if (!gatewayOnly && target.schema === 'reactions') {
    add(['reactions'], 'deep: reactions event reactions 24 deep', json({
      query: `{ reactions(first: 100) { edges { node { ${nest(24, 'event { reactions { ', 'summary')} } } } }`,
    }));
  }
  if (!gatewayOnly && target.schema === 'actors') {
    add(['actors'], 'deep: members and memberships 20 deep', json({
      query: `{ actors(first: 100) { edges { node { ${nest(20, 'memberships { organisation { members { member { ', 'name')} } } } }`,
    }));
  }
  add(['actors'], 'wide: 500 aliased pages', json({
    query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: actors(first: 100) { edges { node { name description } } }`).join(' ')} }`,
  }));
  // ids, dates and pages
  add(['actor'], 'id: a 1 MB id', json({ query: 'query($id: ID!) { actor(id: $id) { name } }', variables: { id: 'a'.repeat(MB) } }), 'any');
  add(['actor'], 'id: an object as ID', json({ query: 'query($id: ID!) { actor(id: $id) { name } }', variables: { id: { a: 1 } } }));
  add(['actor'], 'id: a list as ID', json({ query: 'query($id: ID!) { actor(id: $id) { name } }', variables: { id: ['a'] } }));
  add(['actor'], 'id: a path', json({ query: '{ actor(id: "../../../etc/passwd") { name } }' }), 'any');
  add(['actor'], 'id: SQL', json({ query: `{ actor(id: "x' OR '1'='1") { name } }` }), 'any');
  add(['event'], 'id: null for ID!', json({ query: 'query($id: ID!) { event(id: $id) { title } }', variables: { id: null } }));
  add(['timeline'], 'date: month 13', json({ query: '{ timeline(filter: { from: "2022-13-45" }) { edges { node { title } } } }' }));
  add(['timeline'], 'date: not a date', json({ query: 'query($d: Date) { timeline(filter: { from: $d }) { edges { node { title } } } }', variables: { d: "'; DROP TABLE event; --" } }));
  add(['timeline'], 'date: year 999999999', json({ query: '{ timeline(filter: { from: "999999999-01-01" }) { edges { node { title } } } }' }));
  add(['timeline'], 'page: first -1', json({ query: '{ timeline(first: -1) { edges { node { title } } } }' }));
  add(['timeline'], 'page: first 1,000,000', json({ query: '{ timeline(first: 1000000) { edges { node { title } } } }' }));
  add(['timeline'], 'page: first beyond Int', json({ query: '{ timeline(first: 99999999999) { edges { node { title } } } }' }));
  add(['timeline'], 'page: a forged cursor', json({ query: '{ timeline(after: "not-a-cursor\'--") { edges { node { title } } } }' }));
  add(['actors'], 'list: 200,000 kinds', json({
    query: 'query($k: [ActorKind!]) { actors(filter: { kinds: $k }) { edges { node { name } } } }',
    variables: { k: Array.from({ length: 200_000 }, () => 'PERSON') },
  }));
  add(['actors'], 'list: a nested list where a list is expected', json({
    query: 'query($k: [ActorKind!]) { actors(filter: { kinds: $k }) { edges { node { name } } } }', variables: { k: [['PERSON']] },
  }));
  add(['searchActors'], 'text: a 1 MB search', json({
    query: 'query($t: String!) { searchActors(text: $t) { edges { node { name } } } }', variables: { t: 'a'.repeat(MB) },
  }), 'any');
  add(['_entities'], 'entities: 200,000 representations', json({
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
    variables: { r: Array.from({ length: 200_000 }, (_, i) => ({ __typename: 'Actor', id: `a${i}` })) },
  }));
  add(['_entities'], 'entities: a representation without __typename', json({
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [{ id: 'x' }] },
  }));
  return cases;
}

// --------------------------------------------------------------------------------------------- token cases

/** Bad tokens on a plain read: wherever a token is checked, a bad one is refused rather than ignored. */
export function tokenCases(target, context) {
  return Object.entries(context.badTokens).map(([kind, token]) => ({
    name: `token: ${kind}`,
    request: json({ query: '{ __typename }' }, { authorization: `Bearer ${token}` }),
  }));
}

// --------------------------------------------------------------------------------------------- write cases

// Payloads for every text input. `stored`: an editor's write may be accepted, and must then come back exactly.
const PAYLOADS = [
  { name: '1 MB string', value: 'a'.repeat(MB), stored: false },
  { name: 'NUL', value: 'a\u0000b', stored: false },
  { name: 'BEL', value: 'a\u0007b', stored: false },
  { name: 'bidi override', value: 'abc\u202Edcba', stored: false },
  { name: 'lone surrogate', value: 'a\uD800b', stored: false },
  { name: 'SQL', value: "x'); DROP TABLE actor; --", stored: true },
  { name: 'script', value: '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>', stored: true },
  { name: 'unicode', value: 'Қасым-Жомарт Тоқаев «ӘҒҚ» 🇰🇿', stored: true },
];

// A valid input per create mutation; the payload goes into one text field at a time.
const CREATES = {
  createActor: {
    read: 'actor',
    base: (id) => ({
      id, kind: 'PERSON', name: 'Hostile Test', description: 'A record of the hostile-input test.', aliases: ['HT'],
      country: 'KZ', offices: [{ title: 'Tester', note: 'note' }],
      memberships: [{ organisationId: 'csto', role: 'member', note: 'note' }],
      sources: [{ outlet: 'Axios', title: 'title', author: 'author', quotedPerson: 'person', url: 'https://www.axios.com/' }],
    }),
  },
  createEvent: {
    read: 'event',
    base: (id) => ({
      id, title: 'Hostile test', summary: 'An event of the hostile-input test.', date: '2022-01-06', datePrecision: 'DAY',
      dateNote: 'note', type: 'CLASH',
      place: { country: 'KZ', name: 'Almaty', region: 'region' },
      participants: [{ actorId: 'kassym-jomart-tokayev', role: 'PARTICIPANT', note: 'note' }],
      figures: [{ text: 'at least 1', measure: 'tests', attribution: 'the test', qualifier: 'AT_LEAST', value: 1,
        source: { outlet: 'Axios' } }],
      sources: [{ outlet: 'Axios', title: 'title', author: 'author', quotedPerson: 'person', url: 'https://www.axios.com/' }],
    }),
  },
  createReaction: {
    read: 'reaction',
    base: (id) => ({
      id, actorId: 'kassym-jomart-tokayev', eventId: 'power-transition-2019', kind: 'ANALYSIS', stance: 'CONCERNED',
      date: '2022-01-06', dateNote: 'note', summary: 'A reaction of the hostile-input test.', quote: 'quote',
      reportedThrough: 'someone',
      source: { outlet: 'Axios', title: 'title', author: 'author', quotedPerson: 'person', url: 'https://www.axios.com/' },
    }),
  },
};

// Where an input field is read back when the output names it differently.
const READ_AS = { organisationId: null, actorId: null, reportedById: null, causeId: null, effectId: null };

/** The paths of the text fields of an input type, descending into nested inputs and lists. */
function textPaths(inputs, typeName, base, prefix = []) {
  const paths = [];
  for (const field of inputs.get(typeName)?.fields ?? []) {
    const name = field.name.value;
    if (!(name in base) || name in READ_AS || name === 'id') continue;
    let type = field.type;
    let list = false;
    while (type.kind !== Kind.NAMED_TYPE) {
      if (type.kind === Kind.LIST_TYPE) list = true;
      type = type.type;
    }
    const path = list ? [...prefix, name, 0] : [...prefix, name];
    if (type.name.value === 'String') paths.push(path);
    else if (inputs.has(type.name.value)) {
      paths.push(...textPaths(inputs, type.name.value, list ? base[name][0] : base[name], path));
    }
  }
  return paths;
}

const withValue = (object, path, value) => {
  const copy = structuredClone(object);
  let at = copy;
  for (const step of path.slice(0, -1)) at = at[step];
  at[path[path.length - 1]] = value;
  return copy;
};

/** The selection that reads a path back: ["offices", 0, "note"] -> "offices { note }". */
const selectionOf = (path) => {
  const names = path.filter((step) => typeof step === 'string');
  return `${names.map((n, i) => (i < names.length - 1 ? `${n} { ` : n)).join('')}${' }'.repeat(names.length - 1)}`;
};
const valueAt = (object, path) => path.reduce((at, step) => at?.[step], object);

let sequence = 0;
const freshId = (label) => `hostile-${label}-${process.pid % 10_000}-${++sequence}`;

/**
 * Every write an attacker may try, and the editor's own writes of hostile text. Each attempt carries verify():
 * null when what is stored is right, else the problem.
 */
export function writeCases(targets, context) {
  const attempts = [];
  const attackers = [['anonymous', undefined], ['reader', context.reader],
    ...Object.entries(context.badTokens).map(([kind, token]) => [`${kind} token`, token])];
  for (const target of targets) {
    const { mutation, inputs } = schemaOf(target);
    for (const [mutationName, spec] of Object.entries(CREATES)) {
      if (!mutation.has(mutationName)) continue;
      const inputType = `C${mutationName.slice(1)}Input`;
      const document = `mutation($input: ${inputType}!) { ${mutationName}(input: $input) { id } }`;
      const absent = (id) => async (answer, read) => {
        const found = await read(`query($id: ID!) { ${spec.read}(id: $id) { id } }`, { id });
        if (found.status !== 200) return `cannot read back ${id}: HTTP ${found.status}`;
        return found.body?.data?.[spec.read] ? `${id} was written` : null;
      };
      // Attackers: a valid write, refused, nothing stored.
      for (const [who, token] of attackers) {
        const id = freshId(`${target.name}-${who.replace(/\W+/g, '-')}`);
        attempts.push({
          target, name: `write: ${mutationName} as ${who}`, expect: 'refused',
          request: json({ query: document, variables: { input: spec.base(id) } }, token ? { authorization: `Bearer ${token}` } : {}),
          verify: absent(id),
        });
      }
      attempts.push(...changeAttempts(target, mutation, attackers));
      // The editor: hostile text in every text field, refused or stored exactly.
      for (const path of textPaths(inputs, inputType, spec.base('x'))) {
        for (const payload of PAYLOADS) {
          const id = freshId(`${target.name}-editor`);
          const input = withValue(spec.base(id), path, payload.value);
          attempts.push({
            target, name: `write: ${mutationName} ${path.join('.')} = ${payload.name} as editor`,
            expect: payload.stored ? 'any' : 'refused',
            request: json({ query: document, variables: { input } }, { authorization: `Bearer ${context.editor}` }),
            verify: async (answer, read) => {
              const body = JSON.parse(answer.text || 'null');
              if (!payload.stored || !body?.data?.[mutationName]) return absent(id)(answer, read);
              const selection = selectionOf(path);
              const found = await read(`query($id: ID!) { ${spec.read}(id: $id) { ${selection} } }`, { id });
              const stored = valueAt(found.body?.data?.[spec.read], path);
              return stored === payload.value ? null : `${path.join('.')} came back as ${JSON.stringify(stored)?.slice(0, 80)}`;
            },
          });
        }
      }
    }
  }
  return { attempts };
}

// Changes to records of the dataset that an attacker tries: refused, and the record unchanged.
const CHANGES = [
  { mutation: 'retireActor', read: 'actor', id: 'kassym-jomart-tokayev', document: 'mutation { retireActor(id: "kassym-jomart-tokayev") { id } }' },
  { mutation: 'updateActor', read: 'actor', id: 'kassym-jomart-tokayev', document: 'mutation { updateActor(id: "kassym-jomart-tokayev", input: { name: "<script>x</script>" }) { id } }' },
  { mutation: 'retireEvent', read: 'event', id: 'power-transition-2019', document: 'mutation { retireEvent(id: "power-transition-2019") { id } }' },
  { mutation: 'updateEvent', read: 'event', id: 'power-transition-2019', document: 'mutation { updateEvent(id: "power-transition-2019", input: { title: "defaced" }) { id } }' },
];

const FINGERPRINT = { actor: 'id name retired version description', event: 'id title retired summary' };
const originals = new Map();

/** Reads the records the attacks try to change, before any attack: what they must still be afterwards. */
export async function readOriginals(read) {
  for (const change of CHANGES) {
    if (originals.has(change.id)) continue;
    const answer = await read(`{ ${change.read}(id: "${change.id}") { ${FINGERPRINT[change.read]} } }`);
    originals.set(change.id, JSON.stringify(answer.body?.data?.[change.read] ?? null));
  }
}

function changeAttempts(target, mutation, attackers) {
  return CHANGES.filter((change) => mutation.has(change.mutation) && (change.mutation.endsWith('Actor') ? mutation.has('createActor') : mutation.has('createEvent')))
    .flatMap((change) => attackers.map(([who, token]) => ({
        target, name: `write: ${change.mutation} of ${change.id} as ${who}`, expect: 'refused',
        request: json({ query: change.document }, token ? { authorization: `Bearer ${token}` } : {}),
        verify: async (answer, read) => {
          const now = await read(`{ ${change.read}(id: "${change.id}") { ${FINGERPRINT[change.read]} } }`);
          const record = JSON.stringify(now.body?.data?.[change.read] ?? null);
          if (record === 'null') return `${change.id} cannot be read back`;
          return record === originals.get(change.id) ? null : `${change.id} changed: ${record.slice(0, 120)}`;
        },
      })));
}
