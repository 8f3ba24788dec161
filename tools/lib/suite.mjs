// Starting the packaged suite for the Node test harnesses (differential, faults, hostile): child processes that are
// always stopped on the way out, free ports, readiness polling, one set of the three subgraphs and a Qantar gateway
// in front of them. Every process it starts trusts the run's own signing key (see localKeys), so a harness can act as
// an editor, a reader or an attacker with tokens from tools/jwt.mjs.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureKeyPair, LOCAL_AUDIENCE, LOCAL_ISSUER, mintToken } from '../jwt.mjs';

export const SUBGRAPHS = [
  { name: 'actors', module: 'actors-service' },
  { name: 'events', module: 'events-service' },
  { name: 'reactions', module: 'reactions-service' },
];
// The gateway's per-subgraph URL override, as a Quarkus config map keyed by subgraph name.
const gatewaySubgraphUrlProperty = (name) => `qantar.gateway.subgraphs."${name}".url`;
// Small heaps and the C1 compiler only: up to seven JVMs share two cores, and the harnesses' runs are short.
export const JAVA_OPTIONS = (process.env.QANTAR_DIFFERENTIAL_JAVA_OPTS ?? '-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1')
  .split(/\s+/).filter(Boolean);
const STOP_TIMEOUT_MS = 15_000;

/** Something a run needs is missing or did not start: the run fails without testing anything. */
export class StartupError extends Error {}

/**
 * The run's signing keys under workDir/keys, the environment that makes a process trust them (MicroProfile JWT's
 * standard settings, with the issuer and audience of ./run.sh), and a minter of tokens signed with them.
 */
export function localKeys(workDir) {
  const { privatePath, publicPath } = ensureKeyPair(join(workDir, 'keys'));
  const privateKeyPem = readFileSync(privatePath, 'utf8');
  return {
    env: {
      MP_JWT_VERIFY_PUBLICKEY_LOCATION: publicPath,
      MP_JWT_VERIFY_ISSUER: LOCAL_ISSUER,
      MP_JWT_VERIFY_AUDIENCES: LOCAL_AUDIENCE,
    },
    mint: (options = {}) => mintToken({ privateKeyPem, ...options }),
  };
}

/** The child processes this run started; every one is stopped before the run exits. */
export class Processes {
  constructor(logDir, label = 'suite') {
    this.logDir = logDir;
    this.label = label;
    this.children = [];
  }

  start(name, command, args, { env = {}, cwd }) {
    const logFile = join(this.logDir, `${name}.log`);
    const log = openSync(logFile, 'a');
    // An undefined value in env removes that variable from the child's environment.
    const childEnv = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined));
    const child = spawn(command, args, {
      cwd,
      env: childEnv,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    const entry = { name, child, logFile, exitCode: undefined, label: this.label };
    entry.exited = new Promise((resolveExit) => {
      child.on('exit', (code, signal) => {
        entry.exitCode = code ?? signal;
        resolveExit();
      });
      child.on('error', (error) => {
        entry.exitCode = error.message;
        resolveExit();
      });
    });
    this.children.push(entry);
    return entry;
  }

  async stop(entry) {
    if (entry.exitCode !== undefined) return;
    entry.child.kill('SIGTERM');
    if (!(await settlesWithin(entry.exited, STOP_TIMEOUT_MS))) {
      console.log(`${this.label}: ${entry.name} did not stop on SIGTERM within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
      entry.child.kill('SIGKILL');
      await settlesWithin(entry.exited, 5_000);
    }
  }

  async stopAll() {
    await Promise.all(this.children.map((entry) => this.stop(entry)));
  }

  /** Last resort from the synchronous 'exit' handler: no waiting is possible there. */
  killAllNow() {
    for (const entry of this.children) if (entry.exitCode === undefined) entry.child.kill('SIGKILL');
  }
}

export async function settlesWithin(promise, ms) {
  let timer;
  const timeout = new Promise((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout(false), ms);
  });
  const settled = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return settled;
}

/**
 * Where to look for free ports: below the range the system hands out for outgoing connections (Linux's ephemeral
 * range), since a port found free here is bound by a service only seconds later, and in between any outgoing
 * connection of the machine could take an ephemeral one; a port below that range is only ever taken by a listener.
 * Elsewhere (no /proc), whatever the system offers.
 */
function portCandidates() {
  const lowest = 10_000;
  let ephemeralStart;
  try {
    ephemeralStart = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
  } catch {
    ephemeralStart = undefined;
  }
  if (!(ephemeralStart - lowest >= 1_000)) return () => 0;
  return () => lowest + Math.floor(Math.random() * (ephemeralStart - lowest));
}

function listen(port) {
  return new Promise((resolveServer, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveServer(server));
  });
}

export async function freePorts(count) {
  const candidate = portCandidates();
  // All held open together so that no two of them are the same port.
  const servers = [];
  for (let attempts = 0; servers.length < count; attempts++) {
    if (attempts >= count * 50) throw new StartupError(`cannot find ${count} free ports`);
    try {
      servers.push(await listen(candidate()));
    } catch (error) {
      if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
    }
  }
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).map((line) => `    | ${line}`).join('\n');
  } catch {
    return '    | (no log)';
  }
}

/** Polls probe until it answers true, the process dies, or the deadline passes. */
export async function waitUntilReady(entry, describe, probe, deadline) {
  while (Date.now() < deadline) {
    if (entry.exitCode !== undefined) {
      throw new StartupError(`${entry.name} exited (${entry.exitCode}) before it was ready; its log ends with:\n${tail(entry.logFile)}`);
    }
    if (await probe().catch(() => false)) {
      console.log(`${entry.label}: ${entry.name} ready (${describe})`);
      return;
    }
    await new Promise((wake) => setTimeout(wake, 500));
  }
  throw new StartupError(`${entry.name} was not ready within the start-up timeout; its log ends with:\n${tail(entry.logFile)}`);
}

export const healthProbe = (port) => async () =>
  (await fetch(`http://127.0.0.1:${port}/q/health/ready`, { signal: AbortSignal.timeout(2_000) })).status === 200;


// ------------------------------------------------------------------------------------------------------ the suite

export function jarOf(root, module) {
  return join(root, module, 'target/quarkus-app/quarkus-run.jar');
}

export function javaCommand() {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Starts one set of the three subgraphs, each on its own port and data folder, its clients pointing at its siblings. */
export function startSubgraphSet(processes, label, ports, options, workDir) {
  return SUBGRAPHS.map(({ name }) => startSubgraph(processes, label, ports, name, options, workDir));
}

/**
 * Starts one subgraph of a set (also to restart it after a kill: same port, same data folder, a new log name with
 * `run` appended).
 */
export function startSubgraph(processes, label, ports, name, options, workDir, run = '') {
  const { module } = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  const url = (sibling) => `http://127.0.0.1:${ports[sibling]}`;
  const home = join(workDir, label, name);
  mkdirSync(join(home, 'data'), { recursive: true });
  const entry = processes.start(`${label}-${name}${run}`, javaCommand(), [...JAVA_OPTIONS, '-jar', jarOf(options.root, module)], {
    cwd: home,
    env: {
      ...options.env,
      QUARKUS_HTTP_HOST: '127.0.0.1',
      QUARKUS_HTTP_PORT: String(ports[name]),
      QANTAR_DATA_DIR: join(home, 'data'),
      QUARKUS_REST_CLIENT_ACTORS_URL: url('actors'),
      QUARKUS_REST_CLIENT_EVENTS_URL: url('events'),
    },
  });
  return { name, port: ports[name], graphqlUrl: `${url(name)}/graphql`, entry };
}


export function startQantarGateway(processes, port, subgraphs, options, workDir) {
  const home = join(workDir, 'gateway');
  mkdirSync(home, { recursive: true });
  const overrides = subgraphs.map(({ name, graphqlUrl }) => `-D${gatewaySubgraphUrlProperty(name)}=${graphqlUrl}`);
  const entry = processes.start('qantar-gateway', javaCommand(),
    [...JAVA_OPTIONS, ...overrides, '-jar', jarOf(options.root, 'gateway')], {
      cwd: home,
      env: {
        ...options.env,
        QUARKUS_HTTP_HOST: '127.0.0.1',
        QUARKUS_HTTP_PORT: String(port),
        // The local profile by default: localhost origins for CORS, introspection, GraphiQL and the query-plan header
        // on. A harness that tests the production defaults passes options.profile 'prod'.
        QUARKUS_PROFILE: options.profile ?? 'local',
        QANTAR_GATEWAY_SUPERGRAPH: options.supergraph,
      },
    });
  return { entry, url: `http://127.0.0.1:${port}/graphql` };
}

/** How long the packaged suite may take to start: JVMs on a busy two-core CI machine. */
export const SUITE_START_TIMEOUT_MS = 240_000;

/**
 * Starts the packaged suite a harness tests: the three services (set `set`) and a Qantar gateway in front of them,
 * then waits until every process is ready. `route` may point the gateway at something other than a subgraph (a
 * recording proxy); `gatewayOptions` are merged into the gateway's options (its profile, extra environment).
 */
export async function startPackagedSuite(processes, options, workDir, env, { ports, route = (s) => s, gatewayOptions = {} } = {}) {
  const missing = [...SUBGRAPHS.map((s) => s.module), 'gateway'].map((module) => jarOf(options.root, module))
    .filter((jar) => !existsSync(jar));
  if (missing.length > 0) throw new StartupError(`${missing.join(', ')} missing: run ./mvnw package -DskipTests first`);
  const [actors, events, reactions, gateway] = ports ? [ports.actors, ports.events, ports.reactions, ports.gateway] : await freePorts(4);
  const subgraphPorts = { actors, events, reactions };
  const subgraphs = startSubgraphSet(processes, 'set', subgraphPorts, { ...options, env }, workDir);
  const started = startQantarGateway(processes, gateway, subgraphs.map(route),
    { ...options, ...gatewayOptions, env: { ...env, ...gatewayOptions.env } }, workDir);
  const deadline = Date.now() + SUITE_START_TIMEOUT_MS;
  await Promise.all([
    ...subgraphs.map((s) => waitUntilReady(s.entry, `port ${s.port}`, healthProbe(s.port), deadline)),
    waitUntilReady(started.entry, `port ${gateway}`, healthProbe(gateway), deadline),
  ]);
  return { ports: subgraphPorts, gatewayPort: gateway, gateway: started, subgraphs };
}
