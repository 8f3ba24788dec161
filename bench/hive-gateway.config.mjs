// Hive Gateway's configuration for the benchmark (`hive-gateway supergraph <file> -c hive-gateway.config.mjs`).
// The supergraph's join__Graph URLs point at the services' default ports; run.mjs passes the URLs of the subgraphs
// it started as JSON in QANTAR_BENCH_SUBGRAPH_URLS ({"actors": "http://127.0.0.1:40001/graphql", ...}).
// Usage reporting and tracing stay off: they are only enabled by a Hive or Apollo token, and run.mjs starts the
// gateway with none of their variables in its environment.
import { defineConfig } from '@graphql-hive/gateway';

const urls = JSON.parse(process.env.QANTAR_BENCH_SUBGRAPH_URLS ?? '{}');

export const gatewayConfig = defineConfig({
  transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location }])),
});
