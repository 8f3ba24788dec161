// The command line of run.mjs: which gateways and operations, how much load, and where the binaries are.
import { join, resolve } from 'node:path';
import { GATEWAY_NAMES } from './gateways.mjs';
import { OPERATIONS } from './operations.mjs';

const USAGE = `usage: node bench/run.mjs [options]
  --gateways <list>        gateways to measure, of ${GATEWAY_NAMES.join(',')} (default: all)
  --operations <list>      operations to run, of ${OPERATIONS.map((o) => o.name).join(',')} (default: all)
  --subgraphs <kind>       stubs (canned, fast; default) or services (the packaged services on H2)
  --connections <n>        concurrent keep-alive connections of the load (default 32)
  --duration <seconds>     measured load per operation and gateway (default 20)
  --warmup <seconds>       unmeasured load per operation and gateway first (default 20)
  --rounds <n>             measure every operation on every gateway n times, interleaved; report the median (default 1)
  --gateway-jar <file>     the Qantar gateway (default gateway/target/quarkus-app/quarkus-run.jar, built if missing)
  --services-root <dir>    where <name>-service/target/quarkus-app is, for --subgraphs services (default: repository)
  --java-options <text>    JVM options of the Qantar gateway, space-separated (default: none)
  --hive-fork <n>          Hive Gateway worker processes (default 1, its own default)
  --nice <n>               run the benchmark and all it starts at this niceness, -20 to 19; a negative one (root only)
                           puts the measurement ahead of other work on a shared machine (default: unchanged)
  --json <file>            also write the results as JSON`;

/** The options of `argv`, with defaults relative to the repository; prints the usage and exits on a mistake. */
export function parseArguments(argv, repository) {
  const options = {
    gateways: GATEWAY_NAMES,
    operations: OPERATIONS.map((o) => o.name),
    subgraphs: 'stubs',
    connections: 32,
    duration: 20,
    warmup: 20,
    rounds: 1,
    gatewayJar: join(repository, 'gateway', 'target', 'quarkus-app', 'quarkus-run.jar'),
    servicesRoot: repository,
    javaOptions: [],
    hiveFork: 1,
    nice: null,
    json: null,
  };
  const usage = (message) => {
    console.error(`bench: ${message}\n${USAGE}`);
    process.exit(2);
  };
  const list = (value, known, what) => {
    const names = value.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length || !names.length) usage(`unknown ${what}: ${unknown.join(', ') || value}`);
    return names;
  };
  const positive = (value, name) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) usage(`${name} must be a positive whole number, not ${value}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = argv[++i];
    if (value === undefined) usage(`${name} needs a value`);
    switch (name) {
      case '--gateways': options.gateways = list(value, GATEWAY_NAMES, 'gateway'); break;
      case '--operations': options.operations = list(value, OPERATIONS.map((o) => o.name), 'operation'); break;
      case '--subgraphs':
        if (!['stubs', 'services'].includes(value)) usage(`--subgraphs is stubs or services, not ${value}`);
        options.subgraphs = value;
        break;
      case '--connections': options.connections = positive(value, name); break;
      case '--duration': options.duration = positive(value, name); break;
      case '--rounds': options.rounds = positive(value, name); break;
      case '--warmup': options.warmup = Number(value) === 0 ? 0 : positive(value, name); break;
      case '--gateway-jar': options.gatewayJar = resolve(value); break;
      case '--services-root': options.servicesRoot = resolve(value); break;
      case '--java-options': options.javaOptions = value.split(/\s+/).filter(Boolean); break;
      case '--hive-fork': options.hiveFork = positive(value, name); break;
      case '--nice': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < -20 || n > 19) usage(`--nice must be a whole number from -20 to 19, not ${value}`);
        options.nice = n;
        break;
      }
      case '--json': options.json = resolve(value); break;
      default: usage(`unknown argument ${name}`);
    }
  }
  return options;
}
