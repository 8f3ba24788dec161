// The hostile-input test: a corpus of bad requests sent to the Qantar gateway and to each subgraph directly, each
// process a fresh packaged build on its own data.
//
//   node tools/hostile.mjs [--root <repo>] [--keep-going] [--max-rss-mb <n>] [--only <substring>]
//
// What every answer must be: a 4xx, or a GraphQL answer whose errors all carry extensions.code; never a 5xx, a
// stack trace, a Java class name, `classification` internals, or no answer within the request timeout. Cases marked
// `refused` must also be refused (a 4xx, or errors and no data).
// After the corpus: every process is still up and ready; no process grew past --max-rss-mb (peak resident memory,
// VmHWM); no write by an attacker happened (every record an attack tried to create is absent, every record it tried
// to change is unchanged); and text an editor stored comes back exactly as sent.
//
// The corpus is written here (tools/hostile/cases.mjs), not recorded: the write cases are derived from the schema
// (every text field of every create input, with every hostile payload).
// Closes with `hostile: N requests, N passed, N failed`; exits 1 on any failure.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKeyPair, mintToken } from './jwt.mjs';
import {
  genericCases, ISSUE_QUERY_CASE, readOriginals, targetedCases, tokenCases, writeCases,
} from './hostile/cases.mjs';
import { healthProbe, localKeys, Processes, startPackagedSuite, StartupError } from './lib/suite.mjs';

const toolsDir = dirname(fileURLToPath(import.meta.url));
const REQUEST_TIMEOUT_MS = 20_000;
/** How soon issue 7's query must be refused: ample for a busy CI machine, far below the minutes it once ran. */
const REFUSAL_BOUND_MS = 2_000;
// What must never reach a client: a stack frame, a JVM or library class name, graphql-java's error classification.
const LEAKS = /(\bat (?:io|java|org|com|graphql)\.[\w$.]{1,200}\(|\bjava\.(?:lang|util|io|sql)\.|\bjavax?\.|\borg\.(?:h2|hibernate|postgresql|jboss)\b|\bio\.(?:qantar|smallrye|vertx|quarkus|netty)\.|\bgraphql\.(?:execution|schema|language|validation)\.|\b[A-Z][A-Za-z0-9]{0,80}Exception\b|"classification"|\bClassCastException|NullPointer)/;

function parseArguments(argv) {
  const options = { root: resolve(toolsDir, '..'), keepGoing: false, maxRssMb: 1024, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === '--keep-going') options.keepGoing = true;
    else if (name === '--root' && argv[i + 1]) options.root = resolve(argv[++i]);
    else if (name === '--max-rss-mb' && argv[i + 1]) options.maxRssMb = Number(argv[++i]);
    else if (name === '--only' && argv[i + 1]) options.only = argv[++i];
    else {
      console.error(`hostile: unknown or incomplete argument ${name}`);
      console.error('usage: node tools/hostile.mjs [--root <repo>] [--keep-going] [--max-rss-mb <n>] [--only <substring>]');
      process.exit(2);
    }
  }
  options.supergraph = join(options.root, 'supergraph/supergraph.graphql');
  return options;
}

// -------------------------------------------------------------------------------------------------- sending

async function send(target, request) {
  const url = new URL(target.url);
  if (request.query !== undefined) url.search = request.query;
  const headers = { ...(request.headers ?? {}) };
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: request.method ?? 'POST',
      headers,
      body: request.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, text: bytes.toString('utf8'), ms: Date.now() - started };
  } catch (error) {
    if (error.name === 'TimeoutError') return { status: 0, hang: true, ms: Date.now() - started };
    // The server may refuse a huge body by closing the connection before reading it all: that is a refusal, for
    // the cases that allow it. Any other closed or refused connection is a failure, and the run goes on.
    return { status: 0, closed: true, reason: error.cause?.code ?? error.message, ms: Date.now() - started };
  }
}

/** What is wrong with an answer, or null. */
export function judge(answer, expect) {
  if (answer.hang) return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  if (answer.closed) return expect === 'refused-or-closed' ? null : `connection closed without an answer (${answer.reason})`;
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
  const leak = answer.text.match(LEAKS);
  if (leak) return `leaks internals (${leak[0]}): ${answer.text.slice(0, 200)}`;
  let body;
  try {
    body = answer.text.length > 0 ? JSON.parse(answer.text) : undefined;
  } catch {
    body = undefined;
  }
  if (answer.status >= 400) {
    if (Array.isArray(body?.errors) && body.errors.some((error) => !error?.extensions?.code)) {
      return `HTTP ${answer.status} with an error without extensions.code: ${answer.text.slice(0, 200)}`;
    }
    return null;
  }
  if (body === undefined || typeof body !== 'object') return `HTTP ${answer.status} without a JSON body: ${answer.text.slice(0, 120)}`;
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const uncoded = errors.find((error) => !error?.extensions?.code);
  if (uncoded) return `an error without extensions.code: ${JSON.stringify(uncoded).slice(0, 200)}`;
  if (expect !== 'any' && (errors.length === 0 || hasData(body.data))) {
    return `not refused: HTTP ${answer.status} ${answer.text.slice(0, 200)}`;
  }
  return null;
}

const hasData = (data) => data != null && Object.values(data).some((value) => value !== null);

// --------------------------------------------------------------------------------------------------- the run

class Tally {
  constructor(keepGoing) {
    this.keepGoing = keepGoing;
    this.requests = 0;
    this.passed = 0;
    this.failures = [];
    this.byProblem = new Map();
  }

  record(name, problem) {
    this.requests++;
    if (problem === null) {
      this.passed++;
      return;
    }
    this.failures.push(name);
    const kind = problem.split(/[:(]/)[0].trim();
    this.byProblem.set(kind, (this.byProblem.get(kind) ?? 0) + 1);
    console.log(`FAIL ${name}: ${problem}`);
    if (!this.keepGoing) throw new Stop();
  }
}

class Stop extends Error {}

async function graphql(target, query, variables, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const answer = await send(target, { headers, body: JSON.stringify({ query, variables }) });
  return { ...answer, body: answer.status === 200 ? JSON.parse(answer.text) : undefined };
}

/** Peak resident memory of a process, in MB, from /proc (Linux); undefined elsewhere. */
function peakRssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(status.match(/VmHWM:\s+(\d+)/)[1]);
    return Math.round(kb / 1024);
  } catch {
    return undefined;
  }
}

async function runCorpus(suite, options, keys, tally) {
  const context = {
    editor: keys.mint({ sub: 'hostile-editor@example.org' }),
    reader: keys.mint({ sub: 'hostile-reader@example.org', scope: 'qantar:read' }),
    // Tokens an attacker could bring: each must be refused as UNAUTHENTICATED wherever a token is checked.
    badTokens: {
      expired: keys.mint({ now: Date.now() - 3_600_000, ttlSeconds: 60 }),
      'wrong issuer': keys.mint({ issuer: 'https://attacker.example' }),
      'wrong audience': keys.mint({ audience: 'someone-else' }),
      'bad signature': mintToken({ privateKeyPem: generateKeyPair().privateKeyPem }),
      'alg none': keys.mint({ alg: 'none' }),
      garbage: 'not.a.token',
    },
  };
  const targets = [suite.gateway, ...suite.subgraphs];
  const planned = [];
  for (const target of targets) {
    for (const testCase of [...genericCases(target), ...targetedCases(target), ...tokenCases(target, context)]) {
      planned.push({ target, testCase });
    }
  }
  const writes = writeCases(targets, context);
  const selected = (name) => !options.only || name.includes(options.only);
  console.log(`hostile: ${planned.length} request cases and ${writes.attempts.length} write attempts on ` +
    `${targets.map((t) => t.name).join(', ')}`);

  for (const { target, testCase } of planned) {
    const name = `${target.name} ${testCase.name}`;
    if (!selected(name)) continue;
    const answer = await send(target, testCase.request);
    tally.record(name, judge(answer, testCase.expect ?? 'refused'));
    if (testCase.name === ISSUE_QUERY_CASE) await checkIssueQueryAftermath(tally, target, name, answer);
  }

  const read = (query, variables) => graphql(suite.gateway, query, variables, context.editor);
  await readOriginals(read);
  // Writes: every attempt is judged like any request; then what it must (not) have stored is checked.
  for (const attempt of writes.attempts) {
    const name = `${attempt.target.name} ${attempt.name}`;
    if (!selected(name)) continue;
    const answer = await send(attempt.target, attempt.request);
    const problem = judge(answer, attempt.expect);
    if (problem !== null) {
      tally.record(name, problem);
      continue;
    }
    tally.record(`${name} (stored state)`, await attempt.verify(answer, read));
  }
}

/**
 * A refusal is only a defence if it is cheap: the issue's query must be refused quickly (a generous bound, so a busy
 * machine does not fail it; the query once ran for minutes), and the target must go on answering normal queries.
 */
async function checkIssueQueryAftermath(tally, target, name, answer) {
  console.log(`hostile: ${name} refused in ${answer.ms} ms`);
  tally.record(`${name} (refused within ${REFUSAL_BOUND_MS} ms)`,
    answer.ms <= REFUSAL_BOUND_MS ? null : `took ${answer.ms} ms`);
  const normal = await send(target, { headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ timeline(first: 3) { edges { node { id title } } } }' }) });
  let body;
  try {
    body = JSON.parse(normal.text ?? '');
  } catch {
    body = undefined;
  }
  const answered = normal.status === 200 && !body?.errors && body?.data?.timeline?.edges?.length === 3;
  tally.record(`${name} (a normal query answered right after)`,
    answered ? null : `HTTP ${normal.status} ${String(normal.text).slice(0, 200)}`);
}

async function startSuite(processes, options, workDir, env) {
  const { gateway, gatewayPort, subgraphs } = await startPackagedSuite(processes, options, workDir, env);
  return {
    gateway: { name: 'gateway', url: gateway.url, entry: gateway.entry, port: gatewayPort, schema: 'supergraph' },
    subgraphs: subgraphs.map((s) => ({ name: s.name, url: s.graphqlUrl, entry: s.entry, port: s.port, schema: s.name })),
  };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const workDir = mkdtempSync(join(tmpdir(), 'qantar-hostile-'));
  const processes = new Processes(join(workDir, 'logs'), 'hostile');
  mkdirSync(processes.logDir);
  const keys = localKeys(workDir);
  const tally = new Tally(options.keepGoing);
  let exiting = false;
  const exit = async (code) => {
    if (exiting) return;
    exiting = true;
    await processes.stopAll();
    if (code === 0) rmSync(workDir, { recursive: true, force: true });
    else console.log(`hostile: logs and data kept in ${workDir}`);
    process.exit(code);
  };
  process.on('exit', () => processes.killAllNow());
  process.on('SIGINT', () => exit(130));
  process.on('SIGTERM', () => exit(143));

  let suite;
  let extraFailures = 0;
  try {
    suite = await startSuite(processes, options, workDir, keys.env);
    await runCorpus(suite, options, keys, tally);
  } catch (error) {
    if (!(error instanceof Stop)) {
      console.log(`hostile: ${error instanceof StartupError ? error.message : error.stack}`);
      extraFailures++;
    }
  }
  if (suite) {
    for (const target of [suite.gateway, ...suite.subgraphs]) {
      const alive = target.entry.exitCode === undefined;
      const ready = alive && await healthProbe(target.port)().catch(() => false);
      const peak = peakRssMb(target.entry.child.pid);
      console.log(`hostile: ${target.name} ${alive ? (ready ? 'up and ready' : 'up, NOT ready') : `exited (${target.entry.exitCode})`}` +
        `${peak !== undefined ? `, peak resident memory ${peak} MB` : ''}`);
      if (!ready) extraFailures++;
      if (peak !== undefined && peak > options.maxRssMb) {
        console.log(`hostile: ${target.name} went over ${options.maxRssMb} MB`);
        extraFailures++;
      }
    }
  }
  const failed = tally.failures.length + extraFailures;
  if (tally.byProblem.size > 0) {
    console.log(`hostile: failures by kind: ${[...tally.byProblem].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  }
  console.log(`hostile: ${tally.requests} requests, ${tally.passed} passed, ${failed} failed`);
  await exit(failed > 0 ? 1 : 0);
}

main();
