// Checks the Kubernetes manifests of deploy/ offline, without a cluster:
//   1. every overlay renders with `kubectl kustomize` (tools/kubectl.sh installs kubectl if needed);
//   2. every rendered object validates against the Kubernetes API schema (kubernetes-models),
//      unknown fields included;
//   3. every overlay follows the deployment policy (tools/manifests/policies.mjs);
//   4. the gateway's supergraph copy, the Dockerfiles and deploy/README.md agree with the manifests.
//
//   node tools/check-manifests.mjs                     all overlays under deploy/overlays
//   node tools/check-manifests.mjs DIR...              only these kustomization directories
//   node tools/check-manifests.mjs --sync-supergraph   copy supergraph/supergraph.graphql into deploy/
//
// Exits 1 when anything fails, listing each violation with its rule, object and reason.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { checkPolicies, referencedNames, rules } from './manifests/policies.mjs';
import { imageBuilds, operatorProvided } from './manifests/readme.mjs';
import {
  documentationViolations,
  dockerfileViolations,
  supergraphCopy,
  supergraphSource,
  supergraphViolations,
} from './manifests/repository.mjs';
import { schemaErrors } from './manifests/schema.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kubectl = join(root, 'tools', 'kubectl.sh');
const overlaysDir = join(root, 'deploy', 'overlays');

/** The objects `kubectl kustomize DIR` renders, or throws with kustomize's own message. */
export function render(dir) {
  const run = spawnSync('bash', [kubectl, 'kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error((run.stderr || run.error?.message || `exit ${run.status}`).trim());
  return parseAllDocuments(run.stdout)
    .map((doc) => doc.toJS())
    .filter(Boolean);
}

function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function defaultOverlays() {
  return readdirSync(overlaysDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(overlaysDir, e.name, 'kustomization.yaml')))
    .map((e) => join(overlaysDir, e.name))
    .sort();
}

async function main(args) {
  if (args.includes('--sync-supergraph')) {
    copyFileSync(join(root, supergraphSource), join(root, supergraphCopy));
    console.log(`check-manifests: copied ${supergraphSource} to ${supergraphCopy}`);
    return 0;
  }
  const started = Date.now();
  const explicit = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
  const overlays = explicit.length > 0 ? explicit : defaultOverlays();
  const readme = readFileSync(join(root, 'deploy', 'README.md'), 'utf8');
  const builds = imageBuilds(readme);
  const context = {
    operatorProvided: operatorProvided(readme),
    builtImages: new Set(builds.map((b) => b.image).filter(Boolean)),
  };

  const failures = [];
  const referenced = new Set();
  let validated = 0;
  for (const dir of overlays) {
    const name = relative(root, dir);
    const t0 = Date.now();
    let objects;
    try {
      objects = render(dir);
    } catch (error) {
      failures.push({ overlay: name, rule: 'render', object: name, message: error.message });
      continue;
    }
    let schemaFailures = 0;
    for (const object of objects) {
      const errors = await schemaErrors(object);
      for (const message of errors) failures.push({ overlay: name, rule: 'schema', object: `${object.kind}/${object.metadata?.name}`, message });
      schemaFailures += errors.length > 0 ? 1 : 0;
    }
    validated += objects.length;
    const violations = checkPolicies(objects, context);
    failures.push(...violations.map((v) => ({ overlay: name, ...v })));
    for (const n of referencedNames(objects)) referenced.add(n);
    const broken = new Set(violations.map((v) => v.rule));
    console.log(
      `check-manifests: ${name}: ${objects.length} objects rendered, ` +
        `${objects.length - schemaFailures}/${objects.length} valid against the Kubernetes API schema, ` +
        `${rules.length - broken.size}/${rules.length} policy rules hold (${Date.now() - t0} ms)`,
    );
  }

  failures.push(...supergraphViolations(root), ...dockerfileViolations(root, builds));
  if (explicit.length === 0) failures.push(...documentationViolations(context.operatorProvided, referenced));

  // One stream, so that the failures read in order with the summaries around them.
  for (const f of failures) console.log(`  FAIL [${f.rule}] ${f.overlay ? `${f.overlay}: ` : ''}${f.object}: ${f.message}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `check-manifests: ${count(overlays.length, 'overlay')}, ${count(validated, 'object')} validated, ` +
      `${count(builds.length, 'image build')} checked, ${count(failures.length, 'violation')} (${seconds} s)`,
  );
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
