// The reference federated gateway: @apollo/gateway serving a composed supergraph through @apollo/server.
// The differential test and the HTTP audit compare the Qantar gateway with it.
//
//   node tools/apollo-gateway.mjs --supergraph supergraph/supergraph.graphql --port 4000 \
//        [--host 127.0.0.1] [--subgraph actors=http://127.0.0.1:18081/graphql ...]
//
// --subgraph replaces the URL the supergraph gives for that subgraph (the join__Graph urls point at the
// default ports). It logs "apollo-gateway: ready at <url>" once it answers, and stops cleanly on SIGTERM/SIGINT.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const log = (message) => console.log(`apollo-gateway: ${message}`);
const fail = (message) => {
  console.error(`apollo-gateway: ${message}`);
  process.exit(2);
};

function parseArguments(argv) {
  const options = { host: '127.0.0.1', subgraphs: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = argv[i + 1];
    if (!['--supergraph', '--port', '--host', '--subgraph'].includes(name)) fail(`unknown argument ${name}`);
    if (value === undefined) fail(`${name} needs a value`);
    i++;
    if (name === '--supergraph') options.supergraph = resolve(value);
    if (name === '--host') options.host = value;
    if (name === '--port') {
      options.port = Number(value);
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) fail(`bad port ${value}`);
    }
    if (name === '--subgraph') {
      const match = /^([A-Za-z0-9_-]+)=(https?:\/\/.+)$/.exec(value);
      if (!match) fail(`--subgraph takes name=http://host:port/path, not ${value}`);
      options.subgraphs.set(match[1], match[2]);
    }
  }
  if (!options.supergraph) fail('--supergraph <file> is required');
  if (options.port === undefined) fail('--port <n> is required');
  return options;
}

/**
 * @apollo/gateway does not implement the authorization specs (@authenticated, @requiresScopes, @policy), and refuses a
 * supergraph that links them `for: SECURITY`. As the reference it only has to serve the graph: the oracle for
 * authorization is the documented behaviour of Apollo Router, Hive Router and Cosmo, and the subgraphs enforce the
 * same rules themselves. So the link loses its purpose here, and the gateway treats the directives as metadata.
 */
function withoutSecurityPurpose(sdl) {
  return sdl.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes|policy)\/v[\d.]+"), for: SECURITY\)/g,
    '$1)');
}

const options = parseArguments(process.argv.slice(2));
let supergraphSdl;
try {
  supergraphSdl = withoutSecurityPurpose(readFileSync(options.supergraph, 'utf8'));
} catch (error) {
  fail(`cannot read supergraph ${options.supergraph}: ${error.message}`);
}

// @apollo/gateway otherwise exports usage metrics to Apollo and, to label them, probes the cloud providers'
// instance-metadata addresses. The reference talks to its subgraphs and nothing else; it reads this when constructed.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

const knownSubgraphs = new Set();
const gateway = new ApolloGateway({
  supergraphSdl,
  logger: {
    debug: () => {},
    info: (message) => log(message),
    warn: (message) => console.warn(`apollo-gateway: warning: ${message}`),
    error: (message) => console.error(`apollo-gateway: error: ${message}`),
  },
  buildService({ name, url }) {
    knownSubgraphs.add(name);
    const target = options.subgraphs.get(name) ?? url;
    log(`subgraph ${name} -> ${target}`);
    return new RemoteGraphQLDataSource({
      url: target,
      // Forwards the client's bearer token, as the Qantar gateway and Apollo Router's header propagation do: the
      // subgraphs verify it themselves and refuse writes without it.
      willSendRequest({ request, context }) {
        if (context?.authorization) request.http.headers.set('authorization', context.authorization);
      },
    });
  },
});

const server = new ApolloServer({
  gateway,
  // The reference must answer the same way in every environment, whatever NODE_ENV says.
  introspection: true,
  includeStacktraceInErrorResponses: false,
  // The default landing page loads Apollo Sandbox from a CDN; this workplace is offline.
  plugins: [ApolloServerPluginLandingPageDisabled()],
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping`);
  const deadline = setTimeout(() => {
    console.error('apollo-gateway: did not stop within 10 s; exiting');
    process.exit(1);
  }, 10_000);
  deadline.unref();
  try {
    await server.stop();
    log('stopped');
    process.exit(0);
  } catch (error) {
    console.error(`apollo-gateway: error while stopping: ${error.message}`);
    process.exit(1);
  }
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

try {
  log(`starting on ${options.host}:${options.port} with ${options.supergraph}`);
  const { url } = await startStandaloneServer(server, {
    listen: { host: options.host, port: options.port },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  const unknown = [...options.subgraphs.keys()].filter((name) => !knownSubgraphs.has(name));
  if (unknown.length > 0) {
    console.error(`apollo-gateway: --subgraph names no subgraph of the supergraph: ${unknown.join(', ')} ` +
      `(it has ${[...knownSubgraphs].join(', ')})`);
    await server.stop();
    process.exit(2);
  }
  log(`ready at ${url.replace(/\/$/, '')}/graphql`);
} catch (error) {
  console.error(`apollo-gateway: failed to start: ${error.message}`);
  process.exit(1);
}
