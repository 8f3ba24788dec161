// Checks that span the repository rather than one rendered overlay: the gateway's copy of the
// supergraph, the Dockerfiles the README builds with, and the README's list of what the operator
// provides. Each returns violations as { rule, object, message }.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const supergraphSource = 'supergraph/supergraph.graphql';
export const supergraphCopy = 'deploy/base/gateway/supergraph.graphql';

/** The ConfigMap the gateway reads must hold exactly the committed, composed supergraph. */
export function supergraphViolations(root) {
  const where = { rule: 'supergraph', object: supergraphCopy };
  if (!existsSync(join(root, supergraphSource))) {
    return [{ ...where, message: `${supergraphSource} does not exist: compose it first (node tools/compose.mjs)` }];
  }
  const copy = existsSync(join(root, supergraphCopy)) ? readFileSync(join(root, supergraphCopy), 'utf8') : null;
  if (copy !== readFileSync(join(root, supergraphSource), 'utf8')) {
    return [{ ...where, message: `differs from ${supergraphSource}; run: node tools/check-manifests.mjs --sync-supergraph` }];
  }
  return [];
}

/**
 * Every build the README documents names an image, an existing Dockerfile and build context, and
 * the Dockerfile runs the Quarkus JVM layout as a numeric non-root user (which is what lets the
 * kubelet enforce runAsNonRoot).
 */
export function dockerfileViolations(root, builds) {
  const violations = [];
  for (const { dockerfile, image, context } of builds) {
    const where = { rule: 'dockerfiles', object: dockerfile ?? `docker build of ${image}` };
    if (!image) violations.push({ ...where, message: 'the build command tags no image (-t)' });
    if (!dockerfile || !existsSync(join(root, dockerfile))) {
      violations.push({ ...where, message: `the build of ${image} uses a Dockerfile that does not exist` });
      continue;
    }
    if (!context || !existsSync(join(root, context))) violations.push({ ...where, message: `build context ${context} does not exist` });
    const text = readFileSync(join(root, dockerfile), 'utf8');
    const lastStage = text.slice(text.search(/^FROM .*$(?![\s\S]*^FROM )/m));
    const users = [...lastStage.matchAll(/^USER\s+(\S+)/gm)].map(([, user]) => user);
    const user = users[users.length - 1];
    if (!user || !/^\d+(:\d+)?$/.test(user) || Number(user.split(':')[0]) === 0) {
      violations.push({ ...where, message: `the image must run as a numeric non-root USER, not ${user ?? 'the default root user'}` });
    }
    if (!/^COPY\s+.*target\/quarkus-app\//m.test(lastStage)) {
      violations.push({ ...where, message: 'does not copy the Quarkus JVM layout from target/quarkus-app/' });
    }
  }
  return violations;
}

/** Each object the README says the operator provides is referenced by at least one overlay. */
export function documentationViolations(provided, referencedNames) {
  return provided
    .filter(({ kind, name }) => !referencedNames.has(`${kind}/${name}`))
    .map(({ kind, name }) => ({
      rule: 'references',
      object: 'deploy/README.md',
      message: `documents ${kind}/${name} as provided by the operator, but no overlay references it`,
    }));
}
