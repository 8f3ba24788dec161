// The few GraphQL-over-HTTP calls the benchmark makes outside the load itself: readiness probes and the
// correctness check of every operation on every gateway.
import { sleep } from './processes.mjs';

const REQUEST_TIMEOUT_MS = 10_000;

export function requestBody(query, variables) {
  return JSON.stringify(variables ? { query, variables } : { query });
}

/** POSTs `body` to `url`; resolves with the status, the body text and the parsed JSON (null when it is not JSON). */
export async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // reported by the caller through json === null
  }
  return { status: response.status, text, json };
}

/**
 * Waits until `url` answers `{ __typename }` with data, as a gateway does once its supergraph is loaded and a
 * subgraph does once it serves; rejects when `child` exits first or `timeoutMs` passes.
 */
export async function waitUntilServing(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (!child.running) throw new Error(`${child.name} exited before it served (${child.logFile}):\n${child.lastLines()}`);
    try {
      const { status, json } = await post(url, requestBody('{ __typename }'));
      if (status === 200 && json?.data?.__typename) return;
      last = `HTTP ${status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await sleep(250);
  }
  throw new Error(`${child.name} did not serve ${url} within ${timeoutMs / 1000} s (${last}); see ${child.logFile}`);
}
