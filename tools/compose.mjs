// Composes subgraph SDLs into a supergraph with @apollo/composition, the way rover would.
//
//   node tools/compose.mjs [--config supergraph/subgraphs.json] [--out supergraph/supergraph.graphql] [--check]
//
// The config lists {name, url, schema} per subgraph; `schema` is a path relative to the config file.
// --check fails (exit 1) when the committed output differs from a fresh composition, so a build
// notices a subgraph schema change that was not composed.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const configPath = resolve(option('--config', resolve(root, 'supergraph/subgraphs.json')));
const outPath = resolve(option('--out', resolve(dirname(configPath), 'supergraph.graphql')));
const check = args.includes('--check');

const config = JSON.parse(readFileSync(configPath, 'utf8'));
const services = config.subgraphs.map(({ name, url, schema }) => {
  const file = resolve(dirname(configPath), schema);
  if (!existsSync(file)) {
    console.error(`compose: subgraph ${name}: ${file} does not exist`);
    process.exit(2);
  }
  return { name, url, typeDefs: parse(readFileSync(file, 'utf8')) };
});

const result = composeServices(services);
if (result.errors && result.errors.length > 0) {
  console.error(`compose: ${result.errors.length} composition error(s):`);
  for (const e of result.errors) console.error(`  - ${e.extensions?.code ?? ''} ${e.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) console.warn(`compose: hint ${hint.definition?.code ?? ''}: ${hint.message}`);

const composed = result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : result.supergraphSdl + '\n';
if (check) {
  const committed = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
  if (committed !== composed) {
    console.error(`compose: ${outPath} is out of date with the subgraph schemas; run: node tools/compose.mjs --config ${configPath}`);
    process.exit(1);
  }
  console.log(`compose: ${outPath} is current (${services.length} subgraphs, 0 errors)`);
} else {
  writeFileSync(outPath, composed);
  console.log(`compose: wrote ${outPath} (${services.length} subgraphs, 0 errors)`);
}
