// The run's results as Markdown tables: one row per operation and gateway, then Qantar's ratios to each peer.

const fixed = (value, digits) => (value == null || Number.isNaN(value) ? '-' : value.toFixed(digits));
const percent = (value) => (value == null ? '-' : `${Math.round(value)}%`);

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** Requests that failed under load: transport errors and timeouts, non-2xx answers, and answers with another body. */
export function failures(measurement) {
  const { errors, non2xx, mismatches } = measurement;
  return errors + non2xx + mismatches;
}

/** One measurement in a line, for the progress log. */
export function summary(measurement) {
  const { requestsPerSecond, p50, p99, errors, non2xx, mismatches } = measurement;
  const failed = failures(measurement);
  return `${fixed(requestsPerSecond, 0)} req/s, p50 ${fixed(p50, 2)} ms, p99 ${fixed(p99, 2)} ms` +
    (failed ? `, ${failed} FAILED (${errors} errors or timeouts, ${non2xx} non-2xx, ${mismatches} other answers)` : '');
}

/** The main table; a gateway whose answer differed or that failed under load says so instead of a number. */
export function resultsTable(results, labels) {
  const rows = results.map((r) => {
    const label = labels[r.gateway];
    if (r.skipped) return [r.operation, label, r.skipped, ...Array(8).fill('')];
    const m = r.measurement;
    return [
      r.operation,
      label,
      fixed(m.requestsPerSecond, 0),
      fixed(m.p50, 2),
      fixed(m.p99, 2),
      String(failures(m)),
      fixed(r.cpu?.gatewayMillisPerRequest, 2),
      percent(r.cpu?.gatewayPercent),
      percent(r.cpu?.subgraphsPercent),
      percent(r.cpu?.loadGeneratorPercent),
      percent(r.cpu?.otherPercent),
    ];
  });
  // The CPU columns are percent of one core over the measured seconds.
  return table(
    ['operation', 'gateway', 'req/s', 'p50 ms', 'p99 ms', 'failed', 'gateway CPU ms/req',
      'CPU: gateway', 'subgraphs', 'load generator', 'other processes'],
    rows,
  );
}

/**
 * Per operation and peer: Qantar's requests per second over the peer's (above 1: Qantar serves more), and the peer's
 * gateway CPU time per request over Qantar's (above 1: Qantar spends less CPU on a request). The second one holds
 * better when other processes take CPU during the run, since it does not depend on the gateway's share of the cores.
 */
export function ratiosTable(results, labels, peers) {
  const byKey = new Map(results.map((r) => [`${r.operation}/${r.gateway}`, r]));
  const operations = [...new Set(results.map((r) => r.operation))];
  const measured = (operation, gateway) => {
    const row = byKey.get(`${operation}/${gateway}`);
    return row && !row.skipped ? row : null;
  };
  const ratio = (numerator, denominator) => (numerator && denominator ? `${fixed(numerator / denominator, 2)}x` : '-');
  const cells = (operation, peer) => {
    const ours = measured(operation, 'qantar');
    const theirs = measured(operation, peer);
    return [
      ratio(ours?.measurement.requestsPerSecond, theirs?.measurement.requestsPerSecond),
      ratio(theirs?.cpu?.gatewayMillisPerRequest, ours?.cpu?.gatewayMillisPerRequest),
    ];
  };
  return table(
    ['operation', ...peers.flatMap((peer) => [
      `req/s Qantar / ${labels[peer]}`,
      `CPU per request ${labels[peer]} / Qantar`,
    ])],
    operations.map((operation) => [operation, ...peers.flatMap((peer) => cells(operation, peer))]),
  );
}

