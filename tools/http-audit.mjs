// Runs graphql-http's server audits (the GraphQL-over-HTTP spec's conformance suite) against a running endpoint.
// Every audit must pass: an error, a warning or a notice all count as failures.
//
//   node tools/http-audit.mjs --url http://127.0.0.1:8080/graphql [--timeout 10]
//
// Prints one line per audit and closes with `http-audit: N passed, N failed`; exits 1 when any audit is not ok,
// 2 on bad arguments. differential.mjs imports runHttpAudit to audit the gateway it has started.
import { serverAudits } from 'graphql-http';
import { pathToFileURL } from 'node:url';

/**
 * Runs every server audit one after the other against url and prints each result.
 * @returns {Promise<{passed: number, failed: number}>}
 */
export async function runHttpAudit(url, { timeoutMs = 10_000, print = console.log } = {}) {
  // Each request, and each audit as a whole, is bounded so that a server that hangs fails the audit instead of
  // hanging the build.
  // Every request carries apollo-require-preflight: the gateway (as Apollo Server and Router) refuses a GET or a
  // CORS-simple POST without a header that a browser could not send cross-site (its CSRF guard), and the audits
  // check GraphQL over HTTP, not that guard.
  const fetchFn = (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('apollo-require-preflight', 'true');
    return fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
  };
  let passed = 0;
  let failed = 0;
  for (const audit of serverAudits({ url, fetchFn })) {
    const result = await withTimeout(audit.fn(), 2 * timeoutMs).catch((error) => ({
      id: audit.id, name: audit.name, status: 'error', reason: `audit did not complete: ${error.message}`,
    }));
    if (result.status === 'ok') {
      passed++;
      print(`ok    ${result.id} ${result.name}`);
    } else {
      failed++;
      const status = result.response ? ` (HTTP ${result.response.status})` : '';
      print(`${result.status.toUpperCase().padEnd(5)} ${result.id} ${result.name}: ${result.reason}${status}`);
    }
  }
  print(`http-audit: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(argv) {
  const option = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const url = option('--url');
  const timeoutSeconds = Number(option('--timeout') ?? 10);
  if (!url || !/^https?:\/\//.test(url) || !(timeoutSeconds > 0)) {
    console.error('usage: node tools/http-audit.mjs --url http://127.0.0.1:<port>/graphql [--timeout <seconds>]');
    process.exit(2);
  }
  const { failed } = await runHttpAudit(url, { timeoutMs: timeoutSeconds * 1000 });
  process.exit(failed === 0 ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`http-audit: ${error.stack ?? error}`);
    process.exit(1);
  });
}
