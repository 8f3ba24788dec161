// A fast, deterministic Federation subgraph for the benchmark: it serves one committed subgraph SDL
// (supergraph/subgraphs/<name>.graphql) over the canned records of dataset.mjs, with `_entities` and `_service`.
//
//   node stubs/server.mjs --name actors --sdl ../supergraph/subgraphs/actors.graphql --port 0 [--host 127.0.0.1] [--no-cache]
//
// The records never change, so an answer depends only on the request body: by default the stub keeps the bytes of
// every successful answer keyed by that body, and a repeated subgraph call costs a map lookup rather than a
// graphql-js execution. That keeps the subgraphs' share of the machine's two cores small, so the measurement is
// of the gateway. --no-cache executes every call. It logs "stub-subgraph: <name> ready at <url>" once listening.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema, execute, getOperationAST, parse, validate } from 'graphql';
import { rootValues, SUBGRAPH_NAMES } from './views.mjs';

/** Entries per cache (documents, answers); beyond it the stub still answers, only without caching. */
const MAX_CACHE_ENTRIES = 10_000;
const MAX_BODY_BYTES = 10 * 1024 * 1024;

const fail = (message) => {
  console.error(`stub-subgraph: ${message}`);
  process.exit(2);
};

function parseArguments(argv) {
  const options = { host: '127.0.0.1', cache: true };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === '--no-cache') {
      options.cache = false;
      continue;
    }
    if (!['--name', '--sdl', '--port', '--host'].includes(name)) fail(`unknown argument ${name}`);
    const value = argv[++i];
    if (value === undefined) fail(`${name} needs a value`);
    options[name.slice(2)] = value;
  }
  if (!SUBGRAPH_NAMES.includes(options.name)) fail(`--name must be one of ${SUBGRAPH_NAMES.join(', ')}`);
  if (!options.sdl) fail('--sdl <file> is required');
  const port = Number(options.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`bad port ${options.port}`);
  return { ...options, port };
}

const options = parseArguments(process.argv.slice(2));
const sdl = readFileSync(options.sdl, 'utf8');
const schema = buildSchema(sdl);
const roots = rootValues(options.name, sdl);

/** Parsed and validated documents by query text: gateways send the same few queries over and over. */
const documents = new Map();
function prepare(query) {
  let prepared = documents.get(query);
  if (!prepared) {
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      prepared = errors.length ? { errors } : { document };
    } catch (error) {
      prepared = { errors: [error] };
    }
    if (documents.size < MAX_CACHE_ENTRIES) documents.set(query, prepared);
  }
  return prepared;
}

function run(body) {
  let request;
  try {
    request = JSON.parse(body);
  } catch {
    return { status: 400, result: { errors: [{ message: 'the body is not JSON' }] } };
  }
  if (typeof request?.query !== 'string') return { status: 400, result: { errors: [{ message: 'no query' }] } };
  const { document, errors } = prepare(request.query);
  if (errors) return { status: 200, result: { errors: errors.map((e) => ({ message: e.message })) } };
  const operation = getOperationAST(document, request.operationName);
  const result = execute({
    schema,
    document,
    operationName: request.operationName,
    variableValues: request.variables,
    rootValue: operation?.operation === 'mutation' ? roots.mutation : roots.query,
  });
  return { status: 200, result };
}

const answers = new Map();
function answer(body) {
  const cached = options.cache ? answers.get(body) : undefined;
  if (cached) return cached;
  const { status, result } = run(body);
  const response = { status, bytes: Buffer.from(JSON.stringify(result)) };
  if (options.cache && status === 200 && !result.errors && answers.size < MAX_CACHE_ENTRIES) answers.set(body, response);
  return response;
}

function reply(res, { status, bytes }) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length });
  res.end(bytes);
}

const server = createServer((req, res) => {
  if (req.url !== '/graphql' || req.method !== 'POST') {
    reply(res, { status: 404, bytes: Buffer.from('{"errors":[{"message":"POST /graphql only"}]}') });
    return;
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      reply(res, { status: 413, bytes: Buffer.from('{"errors":[{"message":"body too large"}]}') });
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (!res.headersSent) reply(res, answer(Buffer.concat(chunks).toString('utf8')));
  });
});
// Gateways keep pooled connections open between bursts; do not close them under their feet.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

server.listen(options.port, options.host, () => {
  const { port } = server.address();
  console.log(`stub-subgraph: ${options.name} ready at http://${options.host}:${port}/graphql`);
});
