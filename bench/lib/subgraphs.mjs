// The subgraphs every gateway calls during a run: the canned stubs of stubs/ (the default, so the numbers are the
// gateways' own), or the real packaged services on H2, whose database work is then part of every number.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitUntilServing } from './graphql-http.mjs';
import { childEnvironment, freePort } from './processes.mjs';

const READY_TIMEOUT_MS = 180_000;

/** The subgraphs of the committed supergraph: name and SDL file, from supergraph/subgraphs.json. */
function committedSubgraphs(paths) {
  const { subgraphs } = JSON.parse(readFileSync(join(paths.supergraphDir, 'subgraphs.json'), 'utf8'));
  return subgraphs.map(({ name, schema }) => ({ name, sdl: join(paths.supergraphDir, schema) }));
}

async function startStubs(processes, paths) {
  const started = committedSubgraphs(paths).map(({ name, sdl }) => {
    const child = processes.start(`subgraph-${name}`, process.execPath,
      [join(paths.bench, 'stubs', 'server.mjs'), '--name', name, '--sdl', sdl, '--port', '0'],
      { cwd: paths.work, env: childEnvironment({ NODE_ENV: 'production' }) });
    return { name, child };
  });
  const urls = {};
  for (const { name, child } of started) {
    const [, url] = await processes.waitForOutput(child, /ready at (\S+)/, READY_TIMEOUT_MS);
    urls[name] = url;
  }
  return { urls, children: started.map((s) => s.child) };
}

/** The packaged services (<name>-service/target/quarkus-app), each on a fresh H2 database loaded with its dataset. */
async function startServices(processes, paths) {
  const subgraphs = committedSubgraphs(paths);
  const ports = {};
  for (const { name } of subgraphs) ports[name] = await freePort();
  const restClientUrls = Object.fromEntries(subgraphs.map(({ name }) =>
    [`QUARKUS_REST_CLIENT_${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}`]));
  const started = subgraphs.map(({ name }) => {
    const jar = join(paths.servicesRoot, `${name}-service`, 'target', 'quarkus-app', 'quarkus-run.jar');
    if (!existsSync(jar)) {
      throw new Error(`${jar} is missing: build the services first ` +
        '(./mvnw -B -q package -DskipTests -Dqantar.postgresql.skip=true)');
    }
    const env = childEnvironment({
      QUARKUS_HTTP_PORT: String(ports[name]),
      QUARKUS_HTTP_HOST: '127.0.0.1',
      QANTAR_DATA_DIR: join(paths.work, 'data'),
      ...restClientUrls,
    });
    const child = processes.start(`subgraph-${name}`, 'java', ['-jar', jar], { cwd: paths.work, env });
    return { name, child, url: `http://127.0.0.1:${ports[name]}/graphql` };
  });
  for (const { child, url } of started) await waitUntilServing(url, child, READY_TIMEOUT_MS);
  return {
    urls: Object.fromEntries(started.map(({ name, url }) => [name, url])),
    children: started.map((s) => s.child),
  };
}

export function startSubgraphs(kind, processes, paths) {
  return kind === 'services' ? startServices(processes, paths) : startStubs(processes, paths);
}
