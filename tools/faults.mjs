// The fault test: the packaged suite under a steady load of cross-subgraph queries while subgraph processes are
// killed, stopped and brought back, judged on what clients get.
//
//   node tools/faults.mjs [--root <repo>] [--workers <n>]
//
// Phases, each with the load running throughout (a few concurrent loops of one query that needs all three
// subgraphs: the actor from actors-service, its events from events-service, its reactions from reactions-service):
//   1. baseline: every answer is complete;
//   2. reactions-service killed (SIGKILL): once the gateway's circuit breaker for it is open (its check in
//      /q/health/group/subgraphs is DOWN), every answer is partial, with `reactions: null` and a
//      DOWNSTREAM_SERVICE_ERROR naming the subgraph (and no address), p99 latency under 1 s;
//   3. reactions-service restarted on its port and data: complete answers come back by themselves within 15 s, its
//      check is UP again;
//   4. events-service stopped (SIGSTOP): once its breaker is open, answers are partial (`events: null`) with p99
//      latency under 1 s, not the subgraph timeout;
//   5. events-service continued (SIGCONT): complete answers come back by themselves within 20 s.
// Throughout, the gateway's readiness (/q/health/ready) stays UP: a subgraph's trouble is no reason to take the
// gateway out of a load balancer.
// Closes with `faults: N checks, N passed, N failed`; exits 1 on any failure.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  healthProbe, localKeys, Processes, startPackagedSuite, startSubgraph, SUITE_START_TIMEOUT_MS, StartupError, waitUntilReady,
} from './lib/suite.mjs';

const toolsDir = dirname(fileURLToPath(import.meta.url));
const REQUEST_TIMEOUT_MS = 30_000;
const QUERY = '{ actor(id: "kassym-jomart-tokayev") { name events { id } reactions { id } } }';
const P99_LIMIT_MS = 1_000;
// What must never reach a client in an error: an address of the suite's own processes.
const ADDRESS = /127\.0\.0\.1|localhost|:\d{4,5}\b|https?:\/\//;

function parseArguments(argv) {
  const options = { root: resolve(toolsDir, '..'), workers: 6 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === '--root' && argv[i + 1]) options.root = resolve(argv[++i]);
    else if (name === '--workers' && argv[i + 1]) options.workers = Number(argv[++i]);
    else {
      console.error(`faults: unknown or incomplete argument ${name}`);
      console.error('usage: node tools/faults.mjs [--root <repo>] [--workers <n>]');
      process.exit(2);
    }
  }
  options.supergraph = join(options.root, 'supergraph/supergraph.graphql');
  return options;
}

const sleep = (ms) => new Promise((wake) => setTimeout(wake, ms));

// --------------------------------------------------------------------------------------------------- the load

/** What one answer was: complete, partial for one subgraph (and how), or wrong. */
export function classify(status, body) {
  if (status !== 200 || !body || typeof body !== 'object') return { kind: 'wrong', why: `HTTP ${status}` };
  const actor = body.data?.actor;
  if (!actor || typeof actor.name !== 'string') return { kind: 'wrong', why: `no actor: ${JSON.stringify(body).slice(0, 200)}` };
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const leak = errors.find((error) => ADDRESS.test(error?.message ?? ''));
  if (leak) return { kind: 'wrong', why: `an error names an address: ${leak.message}` };
  const missing = ['events', 'reactions'].filter((field) => actor[field] === null);
  if (missing.length === 0) {
    return errors.length === 0 && Array.isArray(actor.events) && Array.isArray(actor.reactions)
      ? { kind: 'full' } : { kind: 'wrong', why: `errors with full data: ${JSON.stringify(errors).slice(0, 200)}` };
  }
  for (const field of missing) {
    const matching = errors.some((error) => error?.extensions?.code === 'DOWNSTREAM_SERVICE_ERROR'
      && error?.extensions?.serviceName === field && (error.message ?? '').includes(`"${field}"`));
    if (!matching) return { kind: 'wrong', why: `${field}: null without a DOWNSTREAM_SERVICE_ERROR naming it: ${JSON.stringify(errors).slice(0, 300)}` };
  }
  return { kind: `without-${missing.join('-')}` };
}

class Load {
  constructor(url, workers) {
    this.url = url;
    this.workers = workers;
    this.results = [];
    this.inFlight = [];
    this.running = false;
  }

  start() {
    this.running = true;
    this.loops = Array.from({ length: this.workers }, () => this.loop());
  }

  async stop() {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Waits (up to ms) until no request started before `time` is still in flight. */
  async settled(time, ms) {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && this.inFlight.some((started) => started !== undefined && started < time)) {
      await sleep(100);
    }
  }

  async loop() {
    const slot = this.inFlight.push(undefined) - 1;
    while (this.running) {
      const started = Date.now();
      this.inFlight[slot] = started;
      let status = 0;
      let body;
      try {
        const response = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: QUERY }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        status = response.status;
        body = await response.json().catch(() => undefined);
      } catch (error) {
        body = { transport: error.name };
      }
      const ended = Date.now();
      this.inFlight[slot] = undefined;
      this.results.push({ started, ended, ms: ended - started, ...classify(status, body) });
    }
  }

  /** Answers to requests started at or after `from` (and before `to`). */
  since(from, to = Infinity) {
    return this.results.filter((result) => result.started >= from && result.started < to);
  }
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(results) {
  const kinds = {};
  for (const result of results) kinds[result.kind] = (kinds[result.kind] ?? 0) + 1;
  const ms = results.map((result) => result.ms);
  return `${results.length} answers (${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}), `
    + `p50 ${percentile(ms, 50)} ms, p99 ${percentile(ms, 99)} ms, max ${Math.max(...ms)} ms`;
}

// ------------------------------------------------------------------------------------------------- the checks

class Checks {
  constructor() {
    this.count = 0;
    this.failed = 0;
  }

  check(ok, description, detail = '') {
    this.count++;
    if (!ok) this.failed++;
    console.log(`faults: ${ok ? 'ok  ' : 'FAIL'} ${description}${detail ? ` (${detail})` : ''}`);
    return ok;
  }
}

async function subgraphChecks(gatewayPort) {
  const response = await fetch(`http://127.0.0.1:${gatewayPort}/q/health/group/subgraphs`,
    { signal: AbortSignal.timeout(5_000) });
  const body = await response.json();
  return Object.fromEntries((body.checks ?? []).map((check) => [check.name.replace(/^subgraph /, ''), check]));
}

/** Polls until the subgraph's check has the status, or the time is up; the time it took, or undefined. */
async function untilCheck(gatewayPort, subgraph, status, ms) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    const check = (await subgraphChecks(gatewayPort).catch(() => ({})))[subgraph];
    if (check?.status === status) return { ms: Date.now() - start, check };
    await sleep(200);
  }
  return undefined;
}

/** Polls the load until every answer started in the last second is complete; the time it took, or undefined. */
async function untilFull(load, ms) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    await sleep(500);
    const recent = load.since(Date.now() - 1_500, Date.now() - 500);
    if (recent.length > 0 && recent.every((result) => result.kind === 'full')) return Date.now() - start;
  }
  return undefined;
}

/** Readiness polled every half second while the faults happen: every probe must be UP. */
class ReadinessWatch {
  constructor(port) {
    this.port = port;
    this.probes = 0;
    this.down = [];
  }

  start() {
    this.running = true;
    this.done = (async () => {
      while (this.running) {
        this.probes++;
        const up = await healthProbe(this.port)().catch(() => false);
        if (!up) this.down.push(new Date().toISOString());
        await sleep(500);
      }
    })();
  }

  async stop() {
    this.running = false;
    await this.done;
  }
}

async function measureWindow(load, checks, label, expectedKind, ms) {
  const from = Date.now();
  await sleep(ms);
  const to = Date.now();
  // Requests still in flight (a breaker's probe of a stalled subgraph) are counted too, once they end.
  await load.settled(to, 15_000);
  const results = load.since(from, to);
  console.log(`faults: ${label}: ${summary(results)}`);
  const wrong = results.filter((result) => result.kind !== expectedKind);
  checks.check(results.length >= 20, `${label}: the gateway keeps answering`, `${results.length} answers`);
  checks.check(wrong.length === 0, `${label}: every answer is ${expectedKind}`,
    wrong.length ? `${wrong.length} not: ${wrong[0].kind} ${wrong[0].why ?? ''}` : '');
  const p99 = percentile(results.map((result) => result.ms), 99);
  checks.check(p99 < P99_LIMIT_MS, `${label}: p99 latency under ${P99_LIMIT_MS} ms`, `${p99} ms`);
}

// --------------------------------------------------------------------------------------------------- the run

async function startSuite(processes, options, workDir, env) {
  const { ports, gatewayPort, gateway, subgraphs } = await startPackagedSuite(processes, options, workDir, env);
  return { ports, gatewayPort, gateway, byName: Object.fromEntries(subgraphs.map((s) => [s.name, s])) };
}

async function runFaults(suite, processes, options, workDir, env, checks) {
  const load = new Load(suite.gateway.url, options.workers);
  const readiness = new ReadinessWatch(suite.gatewayPort);
  const events = suite.byName.events.entry;
  load.start();
  readiness.start();
  try {
    // 1. Baseline.
    await sleep(2_000);
    await measureWindow(load, checks, 'baseline', 'full', 4_000);

    // 2. reactions-service killed.
    suite.byName.reactions.entry.child.kill('SIGKILL');
    const opened = await untilCheck(suite.gatewayPort, 'reactions', 'DOWN', 15_000);
    checks.check(opened !== undefined, 'reactions killed: its check in the subgraphs group goes DOWN',
      opened ? `after ${opened.ms} ms, circuit breaker ${opened.check.data?.circuitBreaker}` : 'not within 15 s');
    await measureWindow(load, checks, 'reactions killed', 'without-reactions', 6_000);

    // 3. reactions-service restarted on its port and data.
    const restarted = startSubgraph(processes, 'set', suite.ports, 'reactions', { ...options, env }, workDir, '-restarted');
    await waitUntilReady(restarted.entry, `port ${restarted.port}, restarted`, healthProbe(restarted.port),
      Date.now() + SUITE_START_TIMEOUT_MS);
    const recovered = await untilFull(load, 15_000);
    checks.check(recovered !== undefined, 'reactions restarted: complete answers come back by themselves within 15 s',
      recovered !== undefined ? `after ${recovered} ms` : '');
    const up = await untilCheck(suite.gatewayPort, 'reactions', 'UP', 10_000);
    checks.check(up !== undefined, 'reactions restarted: its check is UP again');

    // 4. events-service stopped.
    events.child.kill('SIGSTOP');
    const stopped = await untilCheck(suite.gatewayPort, 'events', 'DOWN', 30_000);
    checks.check(stopped !== undefined, 'events stopped: its check goes DOWN once the breaker opens',
      stopped ? `after ${stopped.ms} ms` : 'not within 30 s');
    await measureWindow(load, checks, 'events stopped', 'without-events', 8_000);

    // 5. events-service continued.
    events.child.kill('SIGCONT');
    const resumed = await untilFull(load, 20_000);
    checks.check(resumed !== undefined, 'events continued: complete answers come back by themselves within 20 s',
      resumed !== undefined ? `after ${resumed} ms` : '');
    const eventsUp = await untilCheck(suite.gatewayPort, 'events', 'UP', 10_000);
    checks.check(eventsUp !== undefined, 'events continued: its check is UP again');
  } finally {
    if (events.exitCode === undefined) events.child.kill('SIGCONT');
    await load.stop();
    await readiness.stop();
  }
  checks.check(readiness.down.length === 0, 'the gateway stays ready throughout',
    `${readiness.probes} probes${readiness.down.length ? `, DOWN at ${readiness.down.slice(0, 3).join(', ')}` : ''}`);
  console.log(`faults: all answers: ${summary(load.results)}`);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const workDir = mkdtempSync(join(tmpdir(), 'qantar-faults-'));
  const processes = new Processes(join(workDir, 'logs'), 'faults');
  mkdirSync(processes.logDir);
  const keys = localKeys(workDir);
  const checks = new Checks();
  let exiting = false;
  const exit = async (code) => {
    if (exiting) return;
    exiting = true;
    for (const entry of processes.children) if (entry.exitCode === undefined) entry.child.kill('SIGCONT');
    await processes.stopAll();
    if (code === 0) rmSync(workDir, { recursive: true, force: true });
    else console.log(`faults: logs and data kept in ${workDir}`);
    process.exit(code);
  };
  process.on('exit', () => processes.killAllNow());
  process.on('SIGINT', () => exit(130));
  process.on('SIGTERM', () => exit(143));

  try {
    const suite = await startSuite(processes, options, workDir, keys.env);
    await runFaults(suite, processes, options, workDir, keys.env, checks);
  } catch (error) {
    checks.check(false, 'the run completes', error instanceof StartupError ? error.message : error.stack);
  }
  console.log(`faults: ${checks.count} checks, ${checks.count - checks.failed} passed, ${checks.failed} failed`);
  await exit(checks.failed > 0 ? 1 : 0);
}

main();
