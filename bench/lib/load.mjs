// One load run: a fixed number of keep-alive connections POST one operation back to back for a fixed time
// (a closed loop, like many clients each waiting for its answer), and every answer is compared with the one the
// gateway gave before the run, so a gateway that starts failing under load cannot post a good number.
import autocannon from 'autocannon';

/** Latencies of more answers than this are not kept; a 2-core machine never gets near it in a bounded run. */
const MAX_SAMPLES = 5_000_000;

function percentile(sorted, fraction) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/**
 * Runs the load; resolves with requests per second, p50/p99 latency in ms, and the failures: transport errors and
 * timeouts, non-2xx answers, and 2xx answers whose body differs from `expectedBody`.
 */
export function runLoad({ url, body, expectedBody, connections, durationSeconds }) {
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      connections,
      pipelining: 1,
      duration: durationSeconds,
      timeout: 10,
      expectBody: expectedBody,
    }, (error, result) => {
      if (error) return reject(error);
      // autocannon's own percentiles are whole milliseconds; these keep the microseconds.
      const sorted = Float64Array.from(latencies).sort();
      resolve({
        requests: result.requests.total,
        requestsPerSecond: result.requests.total / (result.duration || durationSeconds),
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        mismatches: result.mismatches,
      });
    });
    instance.on('response', (client, statusCode, bytes, responseTime) => {
      if (latencies.length < MAX_SAMPLES && statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}
