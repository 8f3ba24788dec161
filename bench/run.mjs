// Throughput benchmark of the Qantar gateway against @apollo/gateway and Hive Gateway: same supergraph, same
// subgraphs, same operations, same load, one gateway at a time, all on loopback. See README.md.
//
//   node bench/run.mjs [--gateways qantar,apollo,hive] [--operations root-only,...] [--subgraphs stubs|services]
//                      [--connections 32] [--duration 20] [--warmup 20] [--rounds 1] [--gateway-jar <jar>]
//                      [--services-root <dir>] [--java-options "<options>"] [--hive-fork 1] [--nice <n>] [--json <file>]
//
// Exit status: 0 when every gateway answered every operation right and never failed under load, 1 otherwise,
// 2 for a bad command line, 3 when the run overran its time budget.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, setPriority, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAnswers } from './lib/answers.mjs';
import { withCpuAccounting } from './lib/cpu.mjs';
import { GATEWAYS } from './lib/gateways.mjs';
import { requestBody, waitUntilServing } from './lib/graphql-http.mjs';
import { OPERATIONS } from './lib/operations.mjs';
import { parseArguments } from './lib/options.mjs';
import { freePort, ProcessSet } from './lib/processes.mjs';
import { failures, ratiosTable, resultsTable, summary } from './lib/report.mjs';
import { startSubgraphs } from './lib/subgraphs.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const repository = dirname(bench);
const DEFAULT_GATEWAY_JAR = join(repository, 'gateway', 'target', 'quarkus-app', 'quarkus-run.jar');
const GATEWAY_READY_TIMEOUT_MS = 180_000;
/** Slack on top of the planned load time for starting everything and the checks, before the run gives up. */
const STARTUP_BUDGET_SECONDS = 600;

const log = (message) => console.log(`bench: ${message}`);
const loads = (averages) => averages.map((l) => l.toFixed(2)).join(' ');

/** npm ci in bench/ when node_modules does not match package-lock.json (the same marker tools/ uses). */
function ensureBenchInstalled() {
  const digest = createHash('sha256').update(readFileSync(join(bench, 'package-lock.json'))).digest('hex');
  const marker = join(bench, 'node_modules', '.qantar-lock-sha256');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === digest) return;
  log('installing bench/node_modules from package-lock.json');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: bench, stdio: 'inherit' });
  writeFileSync(marker, `${digest}\n`);
}

function ensureGatewayJar(options) {
  if (existsSync(options.gatewayJar)) return;
  if (options.gatewayJar !== DEFAULT_GATEWAY_JAR) throw new Error(`--gateway-jar ${options.gatewayJar} does not exist`);
  log('building the gateway: ./mvnw -B -q -pl gateway package -DskipTests');
  execFileSync(join(repository, 'mvnw'), ['-B', '-q', '-pl', 'gateway', 'package', '-DskipTests'],
    { cwd: repository, stdio: 'inherit' });
}

/** The first line `java -version` prints (on standard error). */
function javaVersion() {
  const { stdout, stderr } = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${stderr ?? ''}${stdout ?? ''}`.split('\n')[0].trim() || 'unknown';
}

/** Starts the gateways one after the other (so that none starts while another is busy starting) and waits for each. */
async function startGateways(names, { processes, supergraph, subgraphUrls, paths, options }) {
  const gateways = [];
  for (const name of names) {
    const port = await freePort();
    const { label, command: commandOf } = GATEWAYS[name];
    const { command, args, env, cwd } = commandOf({ port, supergraph, subgraphUrls, paths, options });
    const child = processes.start(`gateway-${name}`, command, args, { cwd, env });
    const url = `http://127.0.0.1:${port}/graphql`;
    const started = Date.now();
    await waitUntilServing(url, child, GATEWAY_READY_TIMEOUT_MS);
    log(`${label} serving at ${url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    gateways.push({ name, label, url, child });
  }
  return gateways;
}

/**
 * Warms every gateway up on every operation it answered right, then measures round by round, operation by
 * operation, each gateway in turn, so that a drift in the machine's load spreads over all of them. Resolves with the
 * samples of every (operation, gateway).
 */
async function measure({ gateways, operations, expected, subgraphGroups, options, runLoad }) {
  const answerOf = (operation, gateway) => expected.get(`${operation.name}/${gateway.name}`);
  const pairs = operations.flatMap((operation) => gateways
    .filter((gateway) => answerOf(operation, gateway).body !== undefined)
    .map((gateway) => ({ operation, gateway })));
  const loadOf = ({ operation, gateway }, durationSeconds) => runLoad({
    url: gateway.url,
    body: requestBody(operation.query),
    expectedBody: answerOf(operation, gateway).body,
    connections: options.connections,
    durationSeconds,
  });

  if (options.warmup > 0) {
    // Gateway by gateway, so that each one's warm-up ends with all operations compiled and cached.
    for (const gateway of gateways) {
      for (const pair of pairs.filter((p) => p.gateway === gateway)) {
        log(`warming up ${gateway.label} on ${pair.operation.name}`);
        await loadOf(pair, options.warmup);
      }
    }
  }
  const samples = new Map();
  for (let round = 1; round <= options.rounds; round++) {
    for (const pair of pairs) {
      const sample = await withCpuAccounting(() => loadOf(pair, options.duration), pair.gateway.child.pid, subgraphGroups);
      const prefix = options.rounds > 1 ? `round ${round}: ` : '';
      log(`${prefix}${pair.operation.name} on ${pair.gateway.label}: ${summary(sample.measurement)}`);
      const key = `${pair.operation.name}/${pair.gateway.name}`;
      samples.set(key, [...(samples.get(key) ?? []), sample]);
    }
  }
  return samples;
}

/** One row per (operation, gateway): the round of median throughput, or why there is no number. */
function resultRows({ gateways, operations, expected, samples, options }) {
  return operations.flatMap((operation) => gateways.map((gateway) => {
    const key = `${operation.name}/${gateway.name}`;
    const row = { operation: operation.name, gateway: gateway.name };
    const rounds = samples.get(key);
    if (!rounds) return { ...row, skipped: 'not measured: wrong answer', problem: expected.get(key).problem };
    const byThroughput = [...rounds].sort((a, b) => a.measurement.requestsPerSecond - b.measurement.requestsPerSecond);
    const median = byThroughput[Math.floor((byThroughput.length - 1) / 2)];
    const skipped = median.measurement.requests === 0 ? `no answer within ${options.duration} s` : undefined;
    return { ...row, ...median, ...(skipped ? { skipped } : {}), rounds };
  }));
}

async function main() {
  const options = parseArguments(process.argv.slice(2), repository);
  const operations = OPERATIONS.filter((o) => options.operations.includes(o.name));
  // Every process started from here on inherits this thread's niceness.
  if (options.nice !== null) setPriority(options.nice);
  const work = mkdtempSync(join(tmpdir(), 'qantar-bench-'));
  const paths = {
    bench,
    repository,
    work,
    tools: join(repository, 'tools'),
    supergraphDir: join(repository, 'supergraph'),
    servicesRoot: options.servicesRoot,
  };
  const supergraph = join(paths.supergraphDir, 'supergraph.graphql');

  let runLoad;
  try {
    ensureBenchInstalled();
    ({ runLoad } = await import('./lib/load.mjs')); // autocannon is there only once bench/ is installed
    if (options.gateways.includes('apollo')) {
      execFileSync(process.execPath, [join(paths.tools, 'ensure-installed.mjs')], { stdio: 'inherit' });
    }
    if (options.gateways.includes('qantar')) ensureGatewayJar(options);
  } catch (error) {
    console.error(`bench: ${error.message}`);
    process.exit(1);
  }

  const plannedSeconds = options.gateways.length * operations.length * (options.warmup + options.rounds * (options.duration + 2));
  const processes = new ProcessSet(work);
  const abort = async (message, code) => {
    console.error(`bench: ${message}`);
    await processes.stopAll();
    process.exit(code);
  };
  const budgetSeconds = plannedSeconds + STARTUP_BUDGET_SECONDS;
  const watchdog = setTimeout(() => abort(`gave up after ${budgetSeconds} s`, 3), budgetSeconds * 1000);
  process.on('SIGINT', () => abort('interrupted', 130));
  process.on('SIGTERM', () => abort('terminated', 143));

  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    loadAverageBefore: loadavg(),
    node: process.version,
    java: options.gateways.includes('qantar') ? javaVersion() : null,
  };
  log(`logs and scratch files in ${work}`);
  log(`${machine.cores} cores (${machine.cpu}), load average ${loads(machine.loadAverageBefore)}`);
  log(`${options.connections} connections, ${options.warmup} s warm-up + ${options.rounds} x ${options.duration} s measured ` +
    `per operation and gateway; about ${Math.ceil(plannedSeconds / 60)} min of load`);

  try {
    log(`starting the subgraphs (${options.subgraphs})`);
    const subgraphs = await startSubgraphs(options.subgraphs, processes, paths);
    for (const [name, url] of Object.entries(subgraphs.urls)) log(`  ${name} at ${url}`);
    const gateways = await startGateways(options.gateways,
      { processes, supergraph, subgraphUrls: subgraphs.urls, paths, options });
    const labels = Object.fromEntries(gateways.map((g) => [g.name, g.label]));

    const reference = gateways.find((g) => g.name === 'apollo') ?? gateways[0];
    log(`checking every answer against ${reference.label}'s`);
    const expected = await checkAnswers(gateways, operations, reference, log);
    const subgraphGroups = subgraphs.children.map((c) => c.pid);
    const samples = await measure({ gateways, operations, expected, subgraphGroups, options, runLoad });
    const results = resultRows({ gateways, operations, expected, samples, options });

    machine.loadAverageAfter = loadavg();
    const peers = gateways.map((g) => g.name).filter((name) => name !== 'qantar');
    console.log(`\n${resultsTable(results, labels)}\n`);
    if (labels.qantar && peers.length) console.log(`${ratiosTable(results, labels, peers)}\n`);
    log(`${options.subgraphs} subgraphs; ${options.connections} connections; ${options.duration} s per row` +
      `${options.rounds > 1 ? ` (median of ${options.rounds} rounds)` : ''} after ${options.warmup} s of warm-up; ` +
      `${options.nice !== null ? `niceness ${options.nice}; ` : ''}` +
      `load average ${loads(machine.loadAverageBefore)} before, ${loads(machine.loadAverageAfter)} after`);
    if (options.json) {
      const plans = Object.fromEntries(operations.map((o) => [o.name, o.plan]));
      writeFileSync(options.json, `${JSON.stringify({ options, machine, operations: plans, results }, null, 2)}\n`);
      log(`results written to ${options.json}`);
    }

    clearTimeout(watchdog);
    await processes.stopAll();
    process.exit(results.some((r) => r.skipped || failures(r.measurement) > 0) ? 1 : 0);
  } catch (error) {
    clearTimeout(watchdog);
    await abort(error.message ?? String(error), 1);
  }
}

await main();
