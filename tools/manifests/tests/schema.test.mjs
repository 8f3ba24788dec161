// Schema validation refuses what the API server would: wrong types, missing required fields,
// unknown kinds and misspelt fields.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { schemaErrors } from '../schema.mjs';
import { container, find, overlay } from './fixtures.mjs';

describe('schema', () => {
  test('every committed object is valid', async () => {
    for (const name of ['local', 'production']) {
      for (const object of overlay(name)) {
        assert.deepEqual(await schemaErrors(object), [], `${name}: ${object.kind}/${object.metadata.name}`);
      }
    }
  });

  test('a misspelt field is an unknown field', async () => {
    const objects = overlay('production');
    const app = container(objects, 'gateway');
    app.readinesProbe = app.readinessProbe;
    delete app.readinessProbe;
    assert.deepEqual(await schemaErrors(find(objects, 'Deployment', 'gateway')), [
      'spec.template.spec.containers[0].readinesProbe: unknown field',
    ]);
  });

  test('an unknown field inside a list item or a nested type is found', async () => {
    const policy = find(overlay('production'), 'NetworkPolicy', 'gateway');
    policy.spec.egress[0].to[0].podSelector.matchLabel = { app: 'x' };
    assert.deepEqual(await schemaErrors(policy), ['spec.egress[0].to[0].podSelector.matchLabel: unknown field']);
  });

  test('labels and ConfigMap data keep their free-form keys', async () => {
    const objects = overlay('local');
    const config = objects.find((o) => o.kind === 'ConfigMap');
    config.data.ANY_NAME_AT_ALL = 'x';
    config.metadata.labels['example.org/anything'] = 'y';
    assert.deepEqual(await schemaErrors(config), []);
  });

  test('a value of the wrong type is refused', async () => {
    const service = find(overlay('production'), 'Service', 'events-service');
    service.spec.ports[0].port = 'eighty';
    assert.deepEqual(await schemaErrors(service), ['spec.ports[0].port: must be integer']);
  });

  test('a missing required field is refused', async () => {
    const hpa = find(overlay('production'), 'HorizontalPodAutoscaler', 'gateway');
    delete hpa.spec.maxReplicas;
    const errors = await schemaErrors(hpa);
    assert.ok(errors.some((e) => /maxReplicas/.test(e)), errors.join('\n'));
  });

  test('a kind the API does not have is refused', async () => {
    assert.deepEqual(await schemaErrors({ apiVersion: 'apps/v1', kind: 'Deploymnt', metadata: { name: 'x' } }), [
      'unknown kind Deploymnt in apps/v1',
    ]);
    assert.deepEqual(await schemaErrors({ apiVersion: 'example.org/v1', kind: 'Widget', metadata: { name: 'x' } }), [
      'unknown kind Widget in example.org/v1',
    ]);
  });

  test('a known kind under the wrong apiVersion is refused', async () => {
    const errors = await schemaErrors({ apiVersion: 'v1', kind: 'Deployment', metadata: { name: 'x' } });
    assert.deepEqual(errors, ['unknown kind Deployment in v1']);
  });
});
