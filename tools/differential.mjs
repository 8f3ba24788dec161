// The differential test of the Qantar gateway: every operation of the corpus goes through the Qantar gateway and
// through @apollo/gateway (the reference), each in front of its own fresh, identical set of the three subgraphs,
// and the answers must agree.
//
//   node tools/differential.mjs [--root <repo>] [--supergraph <file>] [--corpus <dir>] [--timeout <seconds>]
//                               [--keep-going] [--oracle-only | --reference-twice] [--http-audit]
//
// It builds nothing: it runs the packaged jars <module>/target/quarkus-app/quarkus-run.jar of actors-service,
// events-service, reactions-service and gateway.
//
// The corpus is a folder of NNN-name.graphql files run in file order (mutations included, so later operations see
// what earlier ones wrote), each with an optional NNN-name.json:
//   { "variables": {...}, "operationName": "...", "method": "POST" | "GET", "expect": "success" | "errors" | "any",
//     "deviation": { "status": 400, "codes": ["OPERATION_RESOLUTION_FAILURE"], "why": "..." } }
// `expect` is checked against the reference, so that the corpus cannot silently stop testing what it says
// (default "success"). Its subfolder reactions-down/ runs afterwards with reactions-service stopped in both sets
// (default "errors" there).
//
// Agreement, per operation: the same HTTP status; `data` identical as serialized JSON (field order included);
// the same number of errors with the same (path, extensions.code) pairs. With reactions-service down, the
// reference reports the failed fetch in its own words, so there the Qantar gateway's errors must instead be
// DOWNSTREAM_SERVICE_ERROR naming the subgraph, at the paths of the reference's errors.
//
// A `deviation` declares a request error that the Qantar gateway reports differently on purpose (listed in
// gateway/README.md): its answer must then have exactly that status and those error codes, in that order, and no
// `data`; the reference must still refuse the request too (no `data`, as many errors), and must not itself answer as
// declared (the deviation would be stale). Such operations print as `ok   <name> (deviation: <why>)`.
//
// --oracle-only starts one set and the reference only, prints the reference's answers and checks `expect`.
// --reference-twice puts a second reference where the Qantar gateway goes: a check of this harness, and of the
// subgraphs answering alike from two fresh sets, that needs no gateway build.
// --keep-going runs every operation even after a failure. --http-audit also runs the GraphQL-over-HTTP audit
// (tools/http-audit.mjs) against the Qantar gateway. Closes with `differential: N passed, N failed`; exits 1 on
// any failure or when something does not start. Every child process is stopped on the way out, whatever happens.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHttpAudit } from './http-audit.mjs';
import {
  freePorts, healthProbe, jarOf, localKeys, Processes, startQantarGateway, startSubgraphSet, StartupError, SUBGRAPHS,
  waitUntilReady,
} from './lib/suite.mjs';

const toolsDir = dirname(fileURLToPath(import.meta.url));

const STOPPED_SUBGRAPH = 'reactions';
const REQUEST_TIMEOUT_MS = 30_000;
const EXPECTATIONS = ['success', 'errors', 'any'];

// ---------------------------------------------------------------------------------------------------- arguments

function parseArguments(argv) {
  const options = {
    root: resolve(toolsDir, '..'),
    timeoutSeconds: 240,
    keepGoing: false,
    oracleOnly: false,
    referenceTwice: false,
    httpAudit: false,
  };
  const valued = { '--root': 'root', '--supergraph': 'supergraph', '--corpus': 'corpus', '--timeout': 'timeoutSeconds' };
  const flags = {
    '--keep-going': 'keepGoing', '--oracle-only': 'oracleOnly', '--reference-twice': 'referenceTwice', '--http-audit': 'httpAudit',
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (flags[name]) {
      options[flags[name]] = true;
    } else if (valued[name] && argv[i + 1] !== undefined) {
      options[valued[name]] = argv[++i];
    } else {
      usage(`unknown or incomplete argument ${name}`);
    }
  }
  options.root = resolve(options.root);
  options.supergraph = resolve(options.supergraph ?? join(options.root, 'supergraph/supergraph.graphql'));
  options.corpus = resolve(options.corpus ?? join(options.root, 'gateway/src/test/resources/differential'));
  if (options.oracleOnly && options.referenceTwice) usage('--oracle-only and --reference-twice exclude each other');
  options.startsGateway = !options.oracleOnly && !options.referenceTwice;
  options.timeoutSeconds = Number(options.timeoutSeconds);
  if (!(options.timeoutSeconds > 0)) usage('--timeout takes a number of seconds');
  return options;
}

function usage(problem) {
  console.error(`differential: ${problem}`);
  console.error('usage: node tools/differential.mjs [--root <repo>] [--supergraph <file>] [--corpus <dir>] ' +
    '[--timeout <seconds>] [--keep-going] [--oracle-only | --reference-twice] [--http-audit]');
  process.exit(2);
}

// ------------------------------------------------------------------------------------------------------- corpus

function loadCorpus(dir, defaultExpectation, prefix = '') {
  if (!existsSync(dir)) throw new StartupError(`corpus folder ${dir} does not exist`);
  const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  const stray = files.filter((file) => !/^\d{3}-[a-z0-9-]+\.(graphql|json)$/.test(file));
  if (stray.length > 0) throw new StartupError(`corpus ${dir}: files not named NNN-name.graphql|json: ${stray.join(', ')}`);
  const documents = files.filter((file) => file.endsWith('.graphql')).sort();
  const orphans = files.filter((file) => file.endsWith('.json') && !documents.includes(file.replace(/\.json$/, '.graphql')));
  if (orphans.length > 0) throw new StartupError(`corpus ${dir}: options without a document: ${orphans.join(', ')}`);
  const numbers = documents.map((file) => file.slice(0, 3));
  const repeated = numbers.filter((number, i) => numbers.indexOf(number) !== i);
  if (repeated.length > 0) throw new StartupError(`corpus ${dir}: numbers used twice: ${repeated.join(', ')}`);

  return documents.map((file) => {
    const name = prefix + file.replace(/\.graphql$/, '');
    const optionsFile = join(dir, file.replace(/\.graphql$/, '.json'));
    let settings = {};
    if (existsSync(optionsFile)) {
      try {
        settings = JSON.parse(readFileSync(optionsFile, 'utf8'));
      } catch (error) {
        throw new StartupError(`corpus ${optionsFile}: ${error.message}`);
      }
      const unknown = Object.keys(settings)
        .filter((key) => !['variables', 'operationName', 'method', 'expect', 'deviation'].includes(key));
      if (unknown.length > 0) throw new StartupError(`corpus ${optionsFile}: unknown keys ${unknown.join(', ')}`);
    }
    const operation = {
      name,
      query: readFileSync(join(dir, file), 'utf8'),
      variables: settings.variables,
      operationName: settings.operationName,
      method: settings.method ?? 'POST',
      expect: settings.expect ?? defaultExpectation,
      deviation: settings.deviation,
    };
    if (!['POST', 'GET'].includes(operation.method)) throw new StartupError(`corpus ${name}: method must be POST or GET`);
    if (!EXPECTATIONS.includes(operation.expect)) {
      throw new StartupError(`corpus ${name}: expect must be one of ${EXPECTATIONS.join(', ')}`);
    }
    const deviationProblem = operation.deviation === undefined ? undefined : malformedDeviation(operation.deviation);
    if (deviationProblem) throw new StartupError(`corpus ${name}: deviation ${deviationProblem}`);
    return operation;
  });
}

/** What is wrong with a declared deviation, if anything. */
function malformedDeviation(deviation) {
  if (deviation === null || typeof deviation !== 'object' || Array.isArray(deviation)) return 'must be an object';
  const unknown = Object.keys(deviation).filter((key) => !['status', 'codes', 'why'].includes(key));
  if (unknown.length > 0) return `has unknown keys ${unknown.join(', ')}`;
  if (!Number.isInteger(deviation.status) || deviation.status < 100 || deviation.status > 599) {
    return 'needs "status", an HTTP status';
  }
  if (!Array.isArray(deviation.codes) || deviation.codes.length === 0 ||
      !deviation.codes.every((code) => typeof code === 'string' && code.length > 0)) {
    return 'needs "codes", the extensions.code of each error in order';
  }
  if (typeof deviation.why !== 'string' || deviation.why.trim() === '') return 'needs "why", the reason for it';
  return undefined;
}

// ------------------------------------------------------------------------------------------------------ the suite

const graphqlProbe = (url) => async () => {
  const response = await post(url, { query: '{ __typename }' }, {}, 2_000);
  return response.status === 200 && response.json?.data?.__typename === 'Query';
};

function startReference(processes, label, port, subgraphs, options) {
  const overrides = subgraphs.flatMap(({ name, graphqlUrl }) => ['--subgraph', `${name}=${graphqlUrl}`]);
  // Without a graph key Apollo Server reports no usage to Apollo's cloud, which this machine could not reach anyway.
  const env = { APOLLO_KEY: undefined, APOLLO_GRAPH_REF: undefined };
  const entry = processes.start(label, process.execPath,
    [join(toolsDir, 'apollo-gateway.mjs'), '--supergraph', options.supergraph, '--port', String(port), ...overrides],
    { env, cwd: toolsDir });
  return { entry, url: `http://127.0.0.1:${port}/graphql` };
}

// --------------------------------------------------------------------------------------------------------- HTTP

// Both gateways are asked for the GraphQL-over-HTTP spec's own media type first: under it a request error
// (a document that does not parse or validate, a variable that does not coerce) must be a 4xx, so that the HTTP
// status is part of the answer rather than a matter of taste.
const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

async function post(url, body, extraHeaders = {}, timeoutMs = REQUEST_TIMEOUT_MS) {
  return readResponse(await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: ACCEPT,
      ...extraHeaders,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  }));
}

async function get(url, { query, variables, operationName }, extraHeaders = {}) {
  const target = new URL(url);
  target.searchParams.set('query', query);
  if (variables !== undefined) target.searchParams.set('variables', JSON.stringify(variables));
  if (operationName !== undefined) target.searchParams.set('operationName', operationName);
  return readResponse(await fetch(target, {
    headers: {
      accept: ACCEPT,
      // Apollo Server refuses a GET without a header that a browser could not send cross-site (its CSRF guard);
      // the header means nothing to other servers.
      'apollo-require-preflight': 'true',
      ...extraHeaders,
    },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  }));
}

async function readResponse(response) {
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}

// The run's editor token (see main): writes need one, in the subgraphs' schemas, and both gateways forward it.
let editorToken;
const MUTATION = /\bmutation\b/;

async function send(url, operation) {
  const request = { query: operation.query, variables: operation.variables, operationName: operation.operationName };
  // Only operations that may write carry the token, so that every read of the corpus stays an anonymous reader's.
  const headers = editorToken && MUTATION.test(operation.query ?? '') ? { authorization: `Bearer ${editorToken}` } : {};
  try {
    return operation.method === 'GET' ? await get(url, request, headers) : await post(url, request, headers);
  } catch (error) {
    return { status: 0, text: `request failed: ${error.cause?.message ?? error.message}`, json: undefined };
  }
}

// --------------------------------------------------------------------------------------------------- comparison

const shorten = (value, max = 160) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > max ? `${text.slice(0, max)}...` : text;
};

/** The path to the first place where a and b differ, key order included, with both values there. */
function firstDifference(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a)) {
      if (a.length !== b.length) return `${path || '.'}: length ${a.length} vs ${b.length}`;
      for (let i = 0; i < a.length; i++) {
        const difference = firstDifference(a[i], b[i], `${path}[${i}]`);
        if (difference) return difference;
      }
    } else {
      const keysA = Object.keys(a);
      const keysB = Object.keys(b);
      if (keysA.join() !== keysB.join()) return `${path || '.'}: keys ${shorten(keysA)} vs ${shorten(keysB)}`;
      for (const key of keysA) {
        const difference = firstDifference(a[key], b[key], `${path}.${key}`);
        if (difference) return difference;
      }
    }
  }
  return `${path || '.'}: ${shorten(a)} vs ${shorten(b)}`;
}

const errorsOf = (answer) => (Array.isArray(answer.json?.errors) ? answer.json.errors : []);
const errorKey = (error) => `${JSON.stringify(error.path ?? null)} ${error.extensions?.code ?? '-'}`;
const describeErrors = (errors) => `[${errors.map(errorKey).join(', ')}]`;

/** Does the reference's answer match what the corpus says the operation does? */
function expectationProblem(operation, answer) {
  const errors = errorsOf(answer);
  if (answer.json === undefined) return `the reference did not answer JSON (HTTP ${answer.status}): ${shorten(answer.text)}`;
  if (operation.expect === 'success' && (answer.status !== 200 || errors.length > 0 || answer.json.data == null)) {
    return `the corpus expects success, the reference answered HTTP ${answer.status} with errors ` +
      `${shorten(errors.map((error) => `${error.extensions?.code ?? '-'}: ${error.message}`))}`;
  }
  if (operation.expect === 'errors' && errors.length === 0) return 'the corpus expects errors, the reference answered none';
  return undefined;
}

const codesOf = (answer) => errorsOf(answer).map((error) => error.extensions?.code ?? '-');

/**
 * Problems with the Qantar gateway's answer to an operation with a declared deviation: it must be exactly the
 * declared request error, and the reference must refuse the request too, with as many errors, but not (or no longer)
 * in the declared way.
 */
function deviationProblems(reference, ours, deviation) {
  const problems = [];
  if (ours.status !== deviation.status) problems.push(`HTTP status ${ours.status}, declared ${deviation.status}`);
  if (ours.json === undefined) {
    problems.push(`body ${shorten(ours.text, 80)} is not JSON`);
    return problems;
  }
  if ('data' in ours.json) problems.push('data present, declared a request error');
  const ourCodes = codesOf(ours);
  if (JSON.stringify(ourCodes) !== JSON.stringify(deviation.codes)) {
    problems.push(`error codes ${JSON.stringify(ourCodes)}, declared ${JSON.stringify(deviation.codes)}`);
  }
  if (reference.json === undefined) return problems;
  if (reference.json.data != null) problems.push('the reference answered data, so this is not a request error there');
  const referenceErrors = errorsOf(reference);
  if (referenceErrors.length !== ourCodes.length) {
    problems.push(`${referenceErrors.length} errors from the reference vs ${ourCodes.length}`);
  }
  if (reference.status === deviation.status && JSON.stringify(codesOf(reference)) === JSON.stringify(deviation.codes)) {
    problems.push('the reference now answers as declared: the deviation is stale, remove it');
  }
  return problems;
}

/** Problems with the Qantar gateway's answer compared with the reference's; empty when they agree. */
function compare(reference, ours, { subgraphDown }) {
  const problems = [];
  if (reference.status !== ours.status) problems.push(`HTTP status ${reference.status} vs ${ours.status}`);
  if (reference.json === undefined || ours.json === undefined) {
    if ((reference.json === undefined) !== (ours.json === undefined)) {
      problems.push(`body ${shorten(reference.text, 80)} vs ${shorten(ours.text, 80)}`);
    }
    return problems;
  }
  const referenceHasData = 'data' in reference.json;
  if (referenceHasData !== ('data' in ours.json)) {
    problems.push(`data ${referenceHasData ? 'present' : 'absent'} vs ${referenceHasData ? 'absent' : 'present'}`);
  } else {
    const difference = firstDifference(reference.json.data, ours.json.data, 'data');
    if (difference) problems.push(difference);
  }
  const referenceErrors = errorsOf(reference);
  const ourErrors = errorsOf(ours);
  if (subgraphDown) {
    const paths = (errors) => errors.map((error) => JSON.stringify(error.path ?? null)).sort().join(', ');
    if (referenceErrors.length !== ourErrors.length || paths(referenceErrors) !== paths(ourErrors)) {
      problems.push(`errors ${describeErrors(referenceErrors)} vs ${describeErrors(ourErrors)}`);
    }
    const unnamed = ourErrors.filter((error) => error.extensions?.code !== 'DOWNSTREAM_SERVICE_ERROR' ||
      !JSON.stringify(error).includes(subgraphDown));
    if (unnamed.length > 0) {
      problems.push(`errors not DOWNSTREAM_SERVICE_ERROR naming ${subgraphDown}: ${shorten(unnamed)}`);
    }
  } else {
    const keys = (errors) => errors.map(errorKey).sort().join(', ');
    if (keys(referenceErrors) !== keys(ourErrors)) {
      problems.push(`errors ${describeErrors(referenceErrors)} vs ${describeErrors(ourErrors)}`);
    }
  }
  return problems;
}

// ------------------------------------------------------------------------------------------------------- running

class Tally {
  constructor(keepGoing) {
    this.keepGoing = keepGoing;
    this.passed = 0;
    this.failed = 0;
  }

  record(name, problems, note) {
    if (problems.length === 0) {
      this.passed++;
      console.log(`ok   ${name}${note ? ` (${note})` : ''}`);
    } else {
      this.failed++;
      console.log(`FAIL ${name}: ${problems.join('; ')}`);
    }
  }

  get stop() {
    return this.failed > 0 && !this.keepGoing;
  }
}

async function runOperations(operations, gateways, tally, { subgraphDown, deviations = true } = {}) {
  for (const operation of operations) {
    if (tally.stop) return;
    const [reference, ours] = await Promise.all([
      send(gateways.reference.url, operation),
      gateways.ours ? send(gateways.ours.url, operation) : undefined,
    ]);
    const problems = [];
    const expectation = expectationProblem(operation, reference);
    if (expectation) problems.push(expectation);
    const deviation = deviations ? operation.deviation : undefined;
    if (ours && deviation) {
      problems.push(...deviationProblems(reference, ours, deviation));
    } else if (ours) {
      problems.push(...compare(reference, ours, { subgraphDown }));
    } else {
      console.log(`---- ${operation.name}: HTTP ${reference.status}\n${reference.json ? JSON.stringify(reference.json, null, 2) : reference.text}`);
    }
    tally.record(operation.name, problems, deviation && ours ? `deviation: ${deviation.why}` : undefined);
  }
}

/** The corpus and the jars, checked before anything starts. */
function prepare(options) {
  const operations = loadCorpus(options.corpus, 'success');
  const downDir = join(options.corpus, `${STOPPED_SUBGRAPH}-down`);
  const downOperations = existsSync(downDir) ? loadCorpus(downDir, 'errors', `${STOPPED_SUBGRAPH}-down/`) : [];
  const modules = [...SUBGRAPHS.map((subgraph) => subgraph.module), ...(options.startsGateway ? ['gateway'] : [])];
  const missing = modules.map((module) => jarOf(options.root, module)).filter((jar) => !existsSync(jar));
  if (missing.length > 0) throw new StartupError(`not built: ${missing.join(', ')} (run ./mvnw -B package first)`);
  if (!existsSync(options.supergraph)) throw new StartupError(`no supergraph at ${options.supergraph}`);
  return { operations, downOperations };
}

/** Starts the subgraph sets, then the gateways in front of them, and waits until all of them answer. */
async function startSuite(processes, options, workDir) {
  const labels = options.oracleOnly ? ['a'] : ['a', 'b'];
  const perSet = SUBGRAPHS.length + 1;
  const ports = await freePorts(labels.length * perSet);
  const subgraphSets = labels.map((label, set) => startSubgraphSet(processes, label,
    Object.fromEntries(SUBGRAPHS.map(({ name }, i) => [name, ports[set * perSet + i]])), options, workDir));
  const gatewayPort = (set) => ports[set * perSet + SUBGRAPHS.length];

  const deadline = Date.now() + options.timeoutSeconds * 1000;
  await Promise.all(subgraphSets.flat().map((subgraph) =>
    waitUntilReady(subgraph.entry, `port ${subgraph.port}`, healthProbe(subgraph.port), deadline)));

  const gateways = { reference: startReference(processes, 'apollo-gateway', gatewayPort(0), subgraphSets[0], options) };
  if (options.referenceTwice) {
    gateways.ours = startReference(processes, 'apollo-gateway-b', gatewayPort(1), subgraphSets[1], options);
  } else if (options.startsGateway) {
    gateways.ours = startQantarGateway(processes, gatewayPort(1), subgraphSets[1], options, workDir);
  }
  await Promise.all(Object.values(gateways).map((gateway) =>
    waitUntilReady(gateway.entry, gateway.url, graphqlProbe(gateway.url), deadline)));
  return { subgraphSets, gateways };
}

/** The corpus, then the operations that need the stopped subgraph; returns whether the HTTP audit failed. */
async function runSuite(processes, { subgraphSets, gateways }, { operations, downOperations }, options, tally) {
  // Two references must agree on everything, deviations included.
  const deviations = !options.referenceTwice;
  await runOperations(operations, gateways, tally, { deviations });

  if (downOperations.length > 0 && !tally.stop) {
    const stopped = subgraphSets.map((set) => set.find((subgraph) => subgraph.name === STOPPED_SUBGRAPH));
    await Promise.all(stopped.map((subgraph) => processes.stop(subgraph.entry)));
    console.log(`differential: ${STOPPED_SUBGRAPH} stopped in every set`);
    // Two references word a failed fetch alike, so they are held to the strict comparison.
    const subgraphDown = options.referenceTwice ? undefined : STOPPED_SUBGRAPH;
    await runOperations(downOperations, gateways, tally, { subgraphDown, deviations });
  }

  if (!options.httpAudit) return false;
  if (!options.startsGateway) {
    console.log('differential: --http-audit audits the Qantar gateway, which this run does not start');
    return false;
  }
  console.log('differential: GraphQL-over-HTTP audit of the Qantar gateway');
  return (await runHttpAudit(gateways.ours.url)).failed > 0;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  let corpus;
  try {
    corpus = prepare(options);
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    console.log(`differential: ${error.message}`);
    console.log('differential: 0 passed, 1 failed');
    process.exit(1);
  }
  const operationCount = corpus.operations.length + corpus.downOperations.length;
  console.log(`differential: ${corpus.operations.length} operations, then ${corpus.downOperations.length} with ` +
    `${STOPPED_SUBGRAPH} down, from ${options.corpus}`);

  const workDir = mkdtempSync(join(tmpdir(), 'qantar-differential-'));
  const processes = new Processes(join(workDir, 'logs'), 'differential');
  const keys = localKeys(workDir);
  options.env = keys.env;
  // Valid for the whole run: a corpus run with builds and restarts can outlast tools/jwt.mjs's default 15 minutes.
  editorToken = keys.mint({ ttlSeconds: 3 * 3600 });
  mkdirSync(processes.logDir);
  const tally = new Tally(options.keepGoing);

  let exiting = false;
  const exit = async (code) => {
    if (exiting) return;
    exiting = true;
    await processes.stopAll();
    if (code === 0) rmSync(workDir, { recursive: true, force: true });
    else console.log(`differential: logs and data kept in ${workDir}`);
    process.exit(code);
  };
  process.on('exit', () => processes.killAllNow());
  process.on('SIGINT', () => {
    console.log('differential: interrupted');
    exit(130);
  });
  process.on('SIGTERM', () => {
    console.log('differential: terminated');
    exit(143);
  });
  process.on('unhandledRejection', (error) => {
    console.log(`differential: ${error?.stack ?? error}`);
    exit(1);
  });

  let startupFailed = false;
  let auditFailed = false;
  try {
    const suite = await startSuite(processes, options, workDir);
    auditFailed = await runSuite(processes, suite, corpus, options, tally);
  } catch (error) {
    if (exiting) return;
    startupFailed = true;
    console.log(`differential: ${error instanceof StartupError ? error.message : error.stack}`);
  }
  if (exiting) return;

  const notRun = operationCount - tally.passed - tally.failed;
  if (!startupFailed && tally.stop && notRun > 0) {
    console.log(`differential: stopped at the first failure, ${notRun} operations not run (--keep-going runs them all)`);
  }
  // A start-up failure and a failed audit count as one failure each, so that the closing line never reads as
  // a clean run when the run was not.
  const failed = tally.failed + (startupFailed ? 1 : 0) + (auditFailed ? 1 : 0);
  console.log(`differential: ${tally.passed} passed, ${failed} failed`);
  await exit(failed > 0 ? 1 : 0);
}

main();
