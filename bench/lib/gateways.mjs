// How each gateway under test is started on the same supergraph, pointed at the same subgraphs, on loopback.
// Each gets its production defaults; nothing is tuned for the benchmark beyond what the table in README.md says.
import { join } from 'node:path';
import { childEnvironment } from './processes.mjs';

/** The environment variable the Qantar gateway reads a subgraph's URL from (README: letters and digits only). */
function qantarSubgraphVariable(name) {
  if (!/^[A-Za-z0-9]+$/.test(name)) throw new Error(`subgraph name ${name} has no environment form`);
  return `QANTAR_GATEWAY_SUBGRAPHS_${name.toUpperCase()}_URL`;
}

export const GATEWAYS = {
  qantar: {
    label: 'Qantar',
    command({ port, supergraph, subgraphUrls, paths, options }) {
      const env = childEnvironment({
        QANTAR_GATEWAY_SUPERGRAPH: supergraph,
        QUARKUS_HTTP_PORT: String(port),
        QUARKUS_HTTP_HOST: '127.0.0.1',
        // The production profile, as a deployment runs it: the local profile's per-request cost log line and
        // cost extension are for trying the suite out, not for serving traffic.
        QUARKUS_PROFILE: 'prod',
      });
      for (const [name, url] of Object.entries(subgraphUrls)) env[qantarSubgraphVariable(name)] = url;
      return { command: 'java', args: [...options.javaOptions, '-jar', options.gatewayJar], env, cwd: paths.work };
    },
  },
  apollo: {
    label: '@apollo/gateway',
    command({ port, supergraph, subgraphUrls, paths }) {
      const args = [
        join(paths.tools, 'apollo-gateway.mjs'),
        '--supergraph', supergraph,
        '--port', String(port),
        '--host', '127.0.0.1',
      ];
      for (const [name, url] of Object.entries(subgraphUrls)) args.push('--subgraph', `${name}=${url}`);
      // apollo-gateway.mjs turns Apollo's usage reporting off itself; NODE_ENV as in a deployment.
      return { command: process.execPath, args, env: childEnvironment({ NODE_ENV: 'production' }), cwd: paths.work };
    },
  },
  hive: {
    label: 'Hive Gateway',
    command({ port, supergraph, subgraphUrls, paths, options }) {
      const args = [
        join(paths.bench, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'),
        'supergraph', supergraph,
        '--config-path', join(paths.bench, 'hive-gateway.config.mjs'),
        '--host', '127.0.0.1',
        '--port', String(port),
        '--fork', String(options.hiveFork),
      ];
      const env = childEnvironment({ NODE_ENV: 'production', QANTAR_BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls) });
      return { command: process.execPath, args, env, cwd: paths.work };
    },
  },
};

export const GATEWAY_NAMES = Object.keys(GATEWAYS);
