// The browser test of CORS and CSRF: pages on two other sites drive the Qantar gateway and a subgraph from Debian's
// Chromium (headless, through playwright-core), as a newsroom frontend and an attacker's page would.
//
//   node tools/browser.mjs [--root <repo>] [--chromium <path>]
//
// It builds nothing: it runs the packaged jars of the three services and the gateway. The gateway runs in the
// production profile (same origin only) with one page origin listed in QUARKUS_HTTP_CORS_ORIGINS, the newsroom's;
// the attacker's origin is not listed. The pages are served by this script on http://newsroom.test:<port> and
// http://attacker.test:<port> (Chromium maps both names to 127.0.0.1). The gateway reaches actors-service through a
// recording proxy, so the test knows whether any request of an attack got past the gateway.
//
// Cases, each run inside a page (what the page's fetch could read is reported back) and, for requests whose answer a
// page cannot read, from the browser's network log:
//  - allowed origin: a JSON POST query, an editor's createActor with a bearer token and a GET with
//    `apollo-require-preflight` are answered and the page reads the data (their preflights pass);
//  - disallowed origin: the same fetches fail with a TypeError in the page (the preflight is refused), and the
//    mutation is never sent: actors-service never sees it and nothing is stored;
//  - CSRF: requests a browser sends cross-site without a preflight (a text/plain form POST of a mutation, a no-cors
//    text/plain POST, an <img> GET and a no-cors GET with the query in the URL), from both origins, are refused by
//    the gateway with 400 BAD_REQUEST (from the allowed origin the CSRF layer is the only guard; a POST from the
//    disallowed one names its origin, and Quarkus' CORS filter refuses it first, with 403; a GET names none), and
//    actors-service never sees any of them;
//  - the same simple requests straight to actors-service are refused with 400 BAD_REQUEST, and nothing is stored.
//
// Where Chromium is missing, it prints that it is skipped and exits 0, unless CI is set: then that is a failure.
// Closes with `browser: N checks, N passed, N failed`; exits 1 on any failure.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  freePorts, localKeys, Processes, startPackagedSuite, StartupError,
} from './lib/suite.mjs';

const toolsDir = dirname(fileURLToPath(import.meta.url));
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const RESPONSE_TIMEOUT_MS = 15_000;
// Root in a container needs --no-sandbox; without the background-networking flags Chromium keeps trying to reach
// Google's hosts, which a closed network refuses (and can stall on). Both page hosts resolve to this machine.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-features=HttpsUpgrades',
  '--host-resolver-rules=MAP newsroom.test 127.0.0.1, MAP attacker.test 127.0.0.1',
];

function parseArguments(argv) {
  const options = { root: resolve(toolsDir, '..'), chromium: process.env.QANTAR_CHROMIUM ?? DEFAULT_CHROMIUM };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === '--root' && argv[i + 1]) options.root = resolve(argv[++i]);
    else if (name === '--chromium' && argv[i + 1]) options.chromium = argv[++i];
    else {
      console.error(`browser: unknown or incomplete argument ${name}`);
      console.error('usage: node tools/browser.mjs [--root <repo>] [--chromium <path>]');
      process.exit(2);
    }
  }
  options.supergraph = join(options.root, 'supergraph/supergraph.graphql');
  return options;
}

// ------------------------------------------------------------------------------------------------ the servers

// What the pages run: small helpers, so that each case is one call from this script, made inside the page.
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>Qantar browser test</title>
<iframe name="sink" title="form target"></iframe>
<script>
window.qantar = {
  // A fetch, and what the page can know of its answer.
  async fetch(url, init) {
    try {
      const response = await fetch(url, init);
      const text = await response.text();
      let body;
      try { body = JSON.parse(text); } catch { body = undefined; }
      return { outcome: 'answered', status: response.status, type: response.type, body };
    } catch (error) {
      return { outcome: 'failed', error: error.name, message: error.message };
    }
  },
  // A form posted into the iframe, as an attacker's page would post it; settles when the frame has loaded.
  submitForm(action, enctype, fields) {
    return new Promise((settle) => {
      const frame = document.querySelector('iframe');
      const timer = setTimeout(() => settle('no load'), 10000);
      frame.onload = () => { clearTimeout(timer); settle('loaded'); };
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = action;
      form.enctype = enctype;
      form.target = 'sink';
      for (const [name, value] of fields) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
      form.remove();
    });
  },
  loadImage(src) {
    return new Promise((settle) => {
      const image = new Image();
      image.onload = () => settle('load');
      image.onerror = () => settle('error');
      image.src = src;
    });
  },
};
</script>`;

function listenOn(server, port) {
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveServer(server));
  });
}

/** Serves the test page on every host name that reaches it: each name is an origin of its own to the browser. */
function startPageServer(port) {
  const server = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
  });
  return listenOn(server, port);
}

/**
 * A proxy between the gateway and a subgraph that keeps every request body it forwards, so that the test can tell
 * whether a request got past the gateway.
 */
async function startRecordingProxy(port, targetBase) {
  const seen = [];
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    seen.push(`${request.method} ${request.url} ${body.toString('utf8')}`);
    const headers = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive'].includes(name)) headers[name] = value;
    }
    try {
      const answer = await fetch(targetBase + request.url, {
        method: request.method,
        headers,
        body: request.method === 'GET' || request.method === 'HEAD' ? undefined : body,
        signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
      });
      const answerBody = Buffer.from(await answer.arrayBuffer());
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      response.end(answerBody);
    } catch {
      response.writeHead(502).end();
    }
  });
  await listenOn(server, port);
  return { server, saw: (marker) => seen.some((entry) => entry.includes(marker)), count: () => seen.length };
}

async function startSuite(processes, options, workDir, keys, ports, allowedOrigin) {
  const proxy = await startRecordingProxy(ports.proxy, `http://127.0.0.1:${ports.actors}`);
  const { gateway, subgraphs } = await startPackagedSuite(processes, options, workDir, keys.env, {
    ports,
    route: (s) => (s.name === 'actors' ? { ...s, graphqlUrl: `http://127.0.0.1:${ports.proxy}/graphql` } : s),
    // The production profile, with only the newsroom's origin listed, as a deployment would configure it.
    gatewayOptions: { profile: 'prod', env: { QUARKUS_HTTP_CORS_ORIGINS: allowedOrigin } },
  });
  return { gateway: gateway.url, actors: subgraphs.find((s) => s.name === 'actors').graphqlUrl, proxy };
}

// ------------------------------------------------------------------------------------------------------ cases

class Checks {
  constructor() {
    this.total = 0;
    this.failed = 0;
  }

  check(name, problem) {
    this.total++;
    if (problem) {
      this.failed++;
      console.log(`FAIL ${name}: ${problem}`);
    } else {
      console.log(`ok   ${name}`);
    }
  }
}

const json = (value) => JSON.stringify(value)?.slice(0, 300);
const readQuery = '{ actor(id: "kassym-jomart-tokayev") { id name } }';
const createMutation = (id) => `mutation { createActor(input: {id: "${id}", kind: PERSON, name: "Browser Test", ` +
  `description: "A record of the browser test.", sources: [{outlet: "Axios"}]}) { id } }`;
// A read whose request to actors-service carries the marker, so the proxy can tell whether it got through.
const markedQuery = (id) => `{ actor(id: "${id}") { id name } }`;

/** Whether the actor exists, asked through the gateway as an editor. */
async function stored(suite, editor, id) {
  const response = await fetch(suite.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    body: JSON.stringify({ query: 'query($id: ID!) { actor(id: $id) { id } }', variables: { id } }),
    signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
  });
  const body = await response.json();
  if (body?.data === undefined) throw new Error(`read-back of ${id} failed: ${json(body)}`);
  return body.data.actor !== null;
}

const parsed = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Runs an action in the page that makes one request the page cannot read, and returns what the browser saw of it:
 * the status and, where Chromium lets anyone read it, the body. Chromium's opaque response blocking (ORB) withholds
 * the body of a JSON answer to a no-cors fetch or an <img>, and may fail the request instead (ERR_BLOCKED_BY_ORB);
 * then the request the browser sent, with its exact headers and body, is sent again from here to read the answer.
 * Call it only after checking what the first request did downstream.
 */
async function observed(page, marker, action) {
  const sent = page.waitForRequest((request) => request.url().includes(marker)
    || (request.postData() ?? '').includes(marker), { timeout: RESPONSE_TIMEOUT_MS });
  const [request, pageOutcome] = await Promise.all([sent.catch(() => undefined), action()]);
  if (!request) return { pageOutcome };
  const response = await request.response();
  const body = response ? await response.text().then(parsed, () => undefined) : undefined;
  return { request, status: response?.status(), body, failure: request.failure()?.errorText, pageOutcome };
}

async function replay(request) {
  const headers = {};
  for (const [name, value] of Object.entries(await request.allHeaders())) {
    if (!name.startsWith(':') && !['host', 'connection', 'content-length'].includes(name)) headers[name] = value;
  }
  const response = await fetch(request.url(), {
    method: request.method(),
    headers,
    body: request.postDataBuffer() ?? undefined,
    signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
  });
  return { status: response.status, body: parsed(await response.text()) };
}

/**
 * What is wrong with the answer to a simple request, which must be refused with 400 BAD_REQUEST (or 403, where
 * allowed); also what to call the answer.
 */
async function refusal(seen, allow403) {
  if (!seen.request) return { problem: `the browser sent no request (page: ${json(seen.pageOutcome)})` };
  let { status, body } = seen;
  let described = status === undefined ? `${seen.failure}` : `${status}`;
  if (body === undefined) {
    const again = await replay(seen.request);
    if (status !== undefined && again.status !== status) {
      return { described, problem: `the browser saw ${status}, the same request sent again got ${again.status}` };
    }
    ({ status, body } = again);
    described = seen.status === undefined ? `${status}; the browser withheld it: ${seen.failure}` : described;
  }
  if (allow403 && status === 403) return { described, problem: null };
  if (status !== 400) return { described, problem: `HTTP ${status} ${json(body)}` };
  const codes = (body?.errors ?? []).map((error) => error?.extensions?.code);
  const coded = codes.length > 0 && codes.every((code) => code === 'BAD_REQUEST');
  return { described, problem: coded ? null : `400 without BAD_REQUEST: ${json(body)}` };
}

/** The simple requests of a CSRF attack on one endpoint: a mutation and a read, each in every form a page can send. */
function simpleRequests(endpoint, marker) {
  const formName = (query) => `{"query":${JSON.stringify(query)},"padding":"`;
  return [
    {
      name: 'text/plain form POST of a mutation', id: `${marker}-form`, write: true,
      run: (page, id) => page.evaluate(([url, name]) => window.qantar.submitForm(url, 'text/plain', [[name, '"}']]),
        [endpoint, formName(createMutation(id))]),
    },
    {
      name: 'no-cors text/plain POST of a mutation', id: `${marker}-post`, write: true,
      run: (page, id) => page.evaluate(([url, body]) => window.qantar.fetch(url, {
        method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body,
      }), [endpoint, JSON.stringify({ query: createMutation(id) })]),
    },
    {
      name: '<img> GET of a query', id: `${marker}-img`, write: false,
      run: (page, id) => page.evaluate((url) => window.qantar.loadImage(url),
        `${endpoint}?query=${encodeURIComponent(markedQuery(id))}`),
    },
    {
      name: 'no-cors GET of a query', id: `${marker}-get`, write: false,
      run: (page, id) => page.evaluate((url) => window.qantar.fetch(url, { mode: 'no-cors' }),
        `${endpoint}?query=${encodeURIComponent(markedQuery(id))}`),
    },
  ];
}

async function runCases(browser, suite, pages, editor, run, checks) {
  const open = async (origin) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    return page;
  };
  const newsroom = await open(pages.allowed);
  const attacker = await open(pages.disallowed);
  const gatewayJson = (page, query, headers = {}) => page.evaluate(([url, body, extra]) => window.qantar.fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body,
  }), [suite.gateway, JSON.stringify({ query }), headers]);
  const gatewayGet = (page, query) => page.evaluate((url) => window.qantar.fetch(url, {
    headers: { 'apollo-require-preflight': 'true' },
  }), `${suite.gateway}?query=${encodeURIComponent(query)}`);

  // 1. The listed origin: preflights pass, the page reads the answers, an editor's write lands.
  let answer = await gatewayJson(newsroom, readQuery);
  checks.check('allowed origin: JSON POST query is answered and readable',
    answer.outcome === 'answered' && answer.status === 200 && answer.body?.data?.actor?.id === 'kassym-jomart-tokayev'
      ? null : json(answer));
  answer = await gatewayGet(newsroom, readQuery);
  checks.check('allowed origin: GET with apollo-require-preflight is answered and readable',
    answer.outcome === 'answered' && answer.status === 200 && answer.body?.data?.actor?.id === 'kassym-jomart-tokayev'
      ? null : json(answer));
  const editorWrite = `${run}-editor`;
  answer = await gatewayJson(newsroom, createMutation(editorWrite), { authorization: `Bearer ${editor}` });
  checks.check('allowed origin: an editor\'s createActor with a bearer token is answered and stored',
    answer.outcome === 'answered' && answer.body?.data?.createActor?.id === editorWrite
      && await stored(suite, editor, editorWrite) && suite.proxy.saw(editorWrite) ? null : json(answer));

  // 2. The unlisted origin: the browser refuses to send after the preflight; nothing reaches actors-service.
  answer = await gatewayJson(attacker, readQuery);
  checks.check('disallowed origin: JSON POST query fails with a TypeError',
    answer.outcome === 'failed' && answer.error === 'TypeError' ? null : json(answer));
  answer = await gatewayGet(attacker, readQuery);
  checks.check('disallowed origin: GET with apollo-require-preflight fails with a TypeError',
    answer.outcome === 'failed' && answer.error === 'TypeError' ? null : json(answer));
  const blockedWrite = `${run}-blocked`;
  answer = await gatewayJson(attacker, createMutation(blockedWrite), { authorization: `Bearer ${editor}` });
  const blockedProblem = answer.outcome !== 'failed' || answer.error !== 'TypeError' ? json(answer)
    : suite.proxy.saw(blockedWrite) ? 'the mutation reached actors-service'
      : await stored(suite, editor, blockedWrite) ? 'the actor was stored' : null;
  checks.check('disallowed origin: createActor, even with an editor\'s token, fails with a TypeError and is never sent',
    blockedProblem);

  // 3. CSRF through the gateway: simple requests need no preflight, so only the gateway can refuse them.
  for (const [label, page, allow403] of [['allowed origin', newsroom, false], ['disallowed origin', attacker, true]]) {
    for (const request of simpleRequests(suite.gateway, `${run}-${label.split(' ')[0]}-gw`)) {
      const seen = await observed(page, request.id, () => request.run(page, request.id));
      // Downstream first: the request must not have got past the gateway before anything is sent again.
      const downstream = suite.proxy.saw(request.id) ? 'it reached actors-service'
        : request.write && await stored(suite, editor, request.id) ? 'the actor was stored' : null;
      const { described, problem } = await refusal(seen, allow403);
      checks.check(`CSRF, ${label}: ${request.name} to the gateway is refused (${described}) and never reaches ` +
        'actors-service', downstream ?? problem);
    }
  }

  // 4. CSRF straight to actors-service: it applies the same rule itself.
  for (const request of simpleRequests(suite.actors, `${run}-direct`)) {
    const seen = await observed(attacker, request.id, () => request.run(attacker, request.id));
    const downstream = request.write && await stored(suite, editor, request.id) ? 'the actor was stored' : null;
    const { described, problem } = await refusal(seen, false);
    checks.check(`CSRF, disallowed origin: ${request.name} to actors-service is refused (${described})`,
      downstream ?? problem);
  }
  await newsroom.close();
  await attacker.close();
}

// ----------------------------------------------------------------------------------------------------- the run

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(options.chromium)) {
    const message = `chromium not found at ${options.chromium} (apt-get install chromium)`;
    if (process.env.CI) {
      console.log(`browser: FAILED, ${message}; CI must have it (.ci/run installs it)`);
      process.exit(1);
    }
    console.log(`browser: skipped, ${message}`);
    process.exit(0);
  }
  const { chromium } = await import('playwright-core');

  const workDir = mkdtempSync(join(tmpdir(), 'qantar-browser-'));
  const processes = new Processes(join(workDir, 'logs'), 'browser');
  mkdirSync(processes.logDir);
  const keys = localKeys(workDir);
  const checks = new Checks();
  const servers = [];
  let browser;
  let exiting = false;
  const exit = async (code) => {
    if (exiting) return;
    exiting = true;
    await browser?.close().catch(() => {});
    for (const server of servers) server.close();
    await processes.stopAll();
    if (code === 0) rmSync(workDir, { recursive: true, force: true });
    else console.log(`browser: logs and data kept in ${workDir}`);
    process.exit(code);
  };
  process.on('exit', () => processes.killAllNow());
  process.on('SIGINT', () => exit(130));
  process.on('SIGTERM', () => exit(143));

  let broken = 0;
  try {
    const [actors, events, reactions, gateway, proxy, page] = await freePorts(6);
    const pages = { allowed: `http://newsroom.test:${page}`, disallowed: `http://attacker.test:${page}` };
    servers.push(await startPageServer(page));
    const suite = await startSuite(processes, options, workDir, keys, { actors, events, reactions, gateway, proxy },
      pages.allowed);
    servers.push(suite.proxy.server);
    browser = await chromium.launch({ executablePath: options.chromium, headless: true, args: CHROMIUM_ARGS });
    console.log(`browser: ${browser.version()}; pages on ${pages.allowed} (listed) and ${pages.disallowed} (not listed)`);
    const run = `browser-${Date.now().toString(36)}`;
    await runCases(browser, suite, pages, keys.mint({ sub: 'browser-editor@example.org' }), run, checks);
  } catch (error) {
    console.log(`browser: ${error instanceof StartupError ? error.message : error.stack}`);
    broken++;
  }
  const failed = checks.failed + broken;
  console.log(`browser: ${checks.total} checks, ${checks.total - checks.failed} passed, ${failed} failed`);
  await exit(failed > 0 ? 1 : 0);
}

main();
