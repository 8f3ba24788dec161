// The committed overlays, rendered once per test file, as the correct starting point that each
// test breaks in one place; and the context deploy/README.md gives the policy.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../../check-manifests.mjs';
import { checkPolicies } from '../policies.mjs';
import { imageBuilds, operatorProvided } from '../readme.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const rendered = new Map();

/** A fresh, mutable copy of an overlay's rendered objects ("local" or "production"). */
export function overlay(name) {
  if (!rendered.has(name)) rendered.set(name, render(join(root, 'deploy', 'overlays', name)));
  return structuredClone(rendered.get(name));
}

const readme = readFileSync(join(root, 'deploy', 'README.md'), 'utf8');

export const context = {
  operatorProvided: operatorProvided(readme),
  builtImages: new Set(imageBuilds(readme).map((b) => b.image)),
};

/** The one object of a kind and name. */
export function find(objects, kind, name) {
  const found = objects.filter((o) => o.kind === kind && o.metadata.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind}/${name}, found ${found.length}`);
  return found[0];
}

/** The single container of a Deployment. */
export function container(objects, deployment) {
  return find(objects, 'Deployment', deployment).spec.template.spec.containers[0];
}

/** The violations of one rule, as "Kind/name: message" lines. */
export function violationsOf(rule, objects) {
  return checkPolicies(objects, context)
    .filter((v) => v.rule === rule)
    .map((v) => `${v.object}: ${v.message}`);
}
