// The check that comes before any timing: every gateway must give the same `data` for every operation, and give it
// the same way twice, or that gateway is not measured on that operation.
import { post, requestBody } from './graphql-http.mjs';

/** The first path at which two JSON values differ, field order included; null when they are the same. */
function firstDifference(a, b, path = '$') {
  const describe = (value) => JSON.stringify(value)?.slice(0, 120);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    return Object.is(a, b) ? null : `${path}: ${describe(a)} vs ${describe(b)}`;
  }
  if (Array.isArray(a) && a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join('\n') !== keysB.join('\n')) return `${path}: fields ${describe(keysA)} vs ${describe(keysB)}`;
  for (const key of keysA) {
    const found = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/**
 * Asks every gateway every operation twice; keeps, per gateway and operation, the answer body to expect under load,
 * or why it is not measured: an HTTP error, GraphQL errors, an answer that changes between calls, or `data` that is
 * not the reference gateway's (field order included, as the GraphQL spec orders a response like its query).
 */
export async function checkAnswers(gateways, operations, reference, log) {
  const expected = new Map();
  for (const operation of operations) {
    const body = requestBody(operation.query);
    let referenceData;
    for (const gateway of [reference, ...gateways.filter((g) => g !== reference)]) {
      const key = `${operation.name}/${gateway.name}`;
      const first = await post(gateway.url, body);
      const second = await post(gateway.url, body);
      let problem = null;
      if (first.status !== 200 || !first.json) problem = `HTTP ${first.status}: ${first.text.slice(0, 200)}`;
      else if (first.json.errors) problem = `errors: ${JSON.stringify(first.json.errors).slice(0, 300)}`;
      else if (!first.json.data) problem = 'no data';
      else if (second.text !== first.text) problem = 'the answer changed between two calls';
      else if (gateway === reference) referenceData = first.json.data;
      else if (referenceData === undefined) problem = 'the reference gateway gave no data to compare with';
      else {
        const difference = firstDifference(first.json.data, referenceData);
        if (difference) problem = `data differs from ${reference.label}'s at ${difference}`;
      }
      if (problem) log(`${operation.name} on ${gateway.label}: NOT MEASURED, ${problem}`);
      expected.set(key, problem ? { problem } : { body: first.text, bytes: Buffer.byteLength(first.text) });
    }
    const sizes = gateways.map((g) => expected.get(`${operation.name}/${g.name}`).bytes).filter(Boolean);
    if (sizes.length) log(`${operation.name}: answers checked (${Math.max(...sizes)} bytes)`);
  }
  return expected;
}
