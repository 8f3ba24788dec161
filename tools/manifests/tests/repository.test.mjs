// The checks around the manifests: the README's promises, the supergraph copy, the Dockerfiles,
// tools/kubectl.sh, and the command as a whole on a deliberately broken overlay.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { imageBuilds, operatorProvided } from '../readme.mjs';
import { documentationViolations, dockerfileViolations, supergraphViolations } from '../repository.mjs';
import { root } from './fixtures.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'qantar-manifests-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function write(dir, path, text) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe('deploy/README.md as read by the checks', () => {
  const readme = [
    '## What the operator provides',
    '',
    '| Kind | Name | Keys | Read by |',
    '| --- | --- | --- | --- |',
    '| Secret | `actors-db` | `username`, `password` | actors-service |',
    '',
    '| ConfigMap | key | default |',
    '| --- | --- | --- |',
    '| `actors-db` | `jdbc-url` | x |',
    '',
    '```sh',
    'docker build -f gateway/src/main/docker/Dockerfile.jvm -t qantar/gateway:0.1.0 gateway',
    '```',
  ].join('\n');

  test('the operator-provided objects are the first table under their heading', () => {
    assert.deepEqual(operatorProvided(readme), [{ kind: 'Secret', name: 'actors-db', keys: ['username', 'password'] }]);
  });

  test('a docker build command names its Dockerfile, image and context', () => {
    assert.deepEqual(imageBuilds(readme), [
      { dockerfile: 'gateway/src/main/docker/Dockerfile.jvm', image: 'qantar/gateway:0.1.0', context: 'gateway' },
    ]);
  });

  test('a documented object that no overlay references is reported', () => {
    const provided = [{ kind: 'Secret', name: 'actors-db', keys: [] }, { kind: 'Secret', name: 'old-db', keys: [] }];
    assert.deepEqual(
      documentationViolations(provided, new Set(['Secret/actors-db'])).map((v) => v.message),
      ['documents Secret/old-db as provided by the operator, but no overlay references it'],
    );
  });
});

describe('the supergraph copy', () => {
  test('is accepted when identical and reported when it differs or the source is missing', () => {
    const dir = join(scratch, 'supergraph');
    assert.match(supergraphViolations(dir)[0].message, /supergraph\/supergraph.graphql does not exist/);
    write(dir, 'supergraph/supergraph.graphql', 'schema { query: Query }\n');
    write(dir, 'deploy/base/gateway/supergraph.graphql', 'schema { query: Query }\n');
    assert.deepEqual(supergraphViolations(dir), []);
    write(dir, 'supergraph/supergraph.graphql', 'schema { query: Query mutation: Mutation }\n');
    assert.match(supergraphViolations(dir)[0].message, /differs from supergraph\/supergraph.graphql; run: node tools\/check-manifests.mjs --sync-supergraph/);
  });
});

describe('the Dockerfiles', () => {
  const build = { dockerfile: 'svc/Dockerfile.jvm', image: 'qantar/svc:1', context: 'svc' };
  const dockerfile = (user) =>
    ['FROM maven AS build', 'USER 0', 'FROM runtime', 'COPY target/quarkus-app/lib/ /deployments/lib/', user, 'ENTRYPOINT ["java"]'].join('\n');
  const messages = (text) => {
    const dir = mkdtempSync(join(scratch, 'docker-'));
    if (text !== null) write(dir, build.dockerfile, text);
    return dockerfileViolations(dir, [build]).map((v) => v.message);
  };

  test('the committed ones run the Quarkus layout as a numeric non-root user', () => {
    const builds = ['actors-service', 'events-service', 'reactions-service', 'gateway'].map((m) => ({
      dockerfile: `${m}/src/main/docker/Dockerfile.jvm`,
      image: `qantar/${m}:0.1.0`,
      context: m,
    }));
    assert.deepEqual(dockerfileViolations(root, builds), []);
  });

  test('a numeric non-root user in the last stage is accepted', () => {
    assert.deepEqual(messages(dockerfile('USER 185')), []);
  });

  test('a root, named or missing user is reported', () => {
    for (const user of ['USER 0', 'USER jboss', '']) {
      assert.match(messages(dockerfile(user)).join('\n'), /numeric non-root USER/, `for "${user}"`);
    }
  });

  test('a missing Dockerfile is reported', () => {
    assert.match(messages(null).join('\n'), /uses a Dockerfile that does not exist/);
  });

  test('a Dockerfile that does not copy target/quarkus-app is reported', () => {
    assert.match(messages('FROM runtime\nCOPY app.jar /app.jar\nUSER 185\n').join('\n'), /Quarkus JVM layout/);
  });
});

describe('tools/kubectl.sh', () => {
  const fakeKubectl = (kustomizeVersion) => {
    const bin = mkdtempSync(join(scratch, 'bin-'));
    const version = kustomizeVersion ? `, "kustomizeVersion": "${kustomizeVersion}"` : '';
    writeFileSync(
      join(bin, 'kubectl'),
      `#!/bin/sh\nif [ "$1" = version ]; then echo '{"clientVersion": {"gitVersion": "v1"}${version}}'; else echo "kubectl $*"; fi\n`,
    );
    chmodSync(join(bin, 'kubectl'), 0o755);
    return spawnSync('bash', [join(root, 'tools', 'kubectl.sh'), 'kustomize', 'deploy/overlays/local'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
  };

  test('passes its arguments to a kubectl that bundles kustomize v5', () => {
    const run = fakeKubectl('v5.5.0');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'kubectl kustomize deploy/overlays/local');
  });

  test('refuses a kubectl with an older kustomize, saying what is needed', () => {
    for (const version of ['v4.5.7', undefined]) {
      const run = fakeKubectl(version);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /needs kustomize v5 \(kubectl 1.27 or later\)/);
    }
  });
});

describe('node tools/check-manifests.mjs', () => {
  test('fails on the broken fixture overlay, naming each fault', () => {
    const run = spawnSync('node', [join(root, 'tools', 'check-manifests.mjs'), join(root, 'deploy', 'test-fixtures', 'broken-overlay')], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    for (const expected of [
      /FAIL \[schema\] .*Deployment\/events-service: spec.template.spec.containers\[0\].livenessProbe.initialDelaySecond: unknown field/,
      /FAIL \[schema\] .*Widget\/unknown-kind: unknown kind Widget in example.org\/v1/,
      /FAIL \[security\] .*Deployment\/events-service: container app: readOnlyRootFilesystem is not true/,
      /FAIL \[autoscaling\] .*Deployment\/actors-service: sets spec.replicas/,
      /FAIL \[references\] .*Deployment\/actors-service: .*Secret\/actors-credentials, which neither exists nor is documented/,
    ]) {
      assert.match(run.stdout, expected);
    }
  });

  test('fails on an overlay that does not render, with kustomize\'s reason', () => {
    const dir = mkdtempSync(join(scratch, 'overlay-'));
    write(dir, 'kustomization.yaml', 'resources:\n  - missing.yaml\n');
    const run = spawnSync('node', [join(root, 'tools', 'check-manifests.mjs'), dir], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /FAIL \[render\] .*missing\.yaml/);
  });
});
