// The network rule: who calls whom is read from the configuration, and the NetworkPolicies must
// allow exactly those calls. Each test breaks one policy (or one piece of configuration).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calls } from '../network.mjs';
import { find, overlay, violationsOf } from './fixtures.mjs';

function assertReported(lines, pattern) {
  assert.ok(lines.some((l) => pattern.test(l)), `expected a violation matching ${pattern}, got:\n${lines.join('\n') || '(none)'}`);
}

const withoutPolicy = (objects, name) => objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === name));
const pods = (name) => ({ podSelector: { matchLabels: { 'app.kubernetes.io/name': name } } });

describe('calls read from the configuration', () => {
  test('are the REST and GraphQL calls the services are configured to make, and each database', () => {
    const { internal, external } = calls(overlay('production'));
    const edges = internal.map((c) => `${c.from.object.metadata.name} -> ${c.to.object.metadata.name}:${c.port.number}`).sort();
    assert.deepEqual(edges, [
      'events-service -> actors-service:8080',
      'gateway -> actors-service:8080',
      'gateway -> events-service:8080',
      'gateway -> reactions-service:8080',
      'reactions-service -> actors-service:8080',
      'reactions-service -> events-service:8080',
    ]);
    assert.deepEqual(
      external.map((c) => `${c.from.object.metadata.name} -> ${c.host}:${c.port.number}`).sort(),
      ['actors-service -> actors-db:5432', 'events-service -> events-db:5432', 'reactions-service -> reactions-db:5432'],
    );
  });

  test('follow a changed URL', () => {
    const objects = overlay('local');
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('reactions-service-config-'));
    delete config.data.QUARKUS_REST_CLIENT_EVENTS_URL;
    const lines = violationsOf('network', objects);
    assertReported(lines, /^Deployment\/events-service: reactions-service may connect to it on port http but never calls it$/);
    assertReported(lines, /^Deployment\/reactions-service: may connect to events-service on port http but never calls it$/);
  });
});

describe('ingress', () => {
  test('a subgraph that lets in a pod that never calls it is reported', () => {
    const objects = overlay('production');
    find(objects, 'NetworkPolicy', 'reactions-service').spec.ingress[0].from.push(pods('events-service'));
    assertReported(violationsOf('network', objects), /^Deployment\/reactions-service: events-service may connect to it on port http but never calls it$/);
  });

  test('a subgraph that does not let its caller in is reported', () => {
    const objects = overlay('production');
    const from = find(objects, 'NetworkPolicy', 'actors-service').spec.ingress[0].from;
    from.splice(from.findIndex((p) => p.podSelector.matchLabels['app.kubernetes.io/name'] === 'reactions-service'), 1);
    assertReported(violationsOf('network', objects), /^Deployment\/actors-service: reactions-service calls it on port http, but no NetworkPolicy lets reactions-service in$/);
  });

  test('a subgraph open to other namespaces is reported', () => {
    const objects = overlay('production');
    find(objects, 'NetworkPolicy', 'events-service').spec.ingress.push({ from: [{ namespaceSelector: {} }] });
    assertReported(violationsOf('network', objects), /^Deployment\/events-service: accepts connections on port http from outside the suite$/);
  });

  test('a pod no policy isolates is reported', () => {
    const objects = withoutPolicy(withoutPolicy(overlay('local'), 'qantar-default-deny'), 'actors-service');
    assertReported(violationsOf('network', objects), /^Deployment\/actors-service: no NetworkPolicy isolates its ingress/);
  });

  test('the gateway behind the Ingress may be reached from anywhere', () => {
    const lines = violationsOf('network', overlay('production'));
    assert.deepEqual(lines.filter((l) => l.startsWith('Deployment/gateway')), []);
  });
});

describe('egress', () => {
  test('a pod whose egress no policy isolates is reported', () => {
    // Any Egress policy isolates: here actors-service keeps none (local has no database policy).
    const objects = withoutPolicy(withoutPolicy(overlay('local'), 'qantar-default-deny'), 'qantar-allow-dns');
    assertReported(violationsOf('network', objects), /^Deployment\/actors-service: no NetworkPolicy isolates its egress/);
  });

  test('a caller not let out to what it calls is reported', () => {
    const objects = overlay('production');
    find(objects, 'NetworkPolicy', 'events-service').spec.egress = [];
    assertReported(violationsOf('network', objects), /^Deployment\/events-service: calls actors-service on port http, but no NetworkPolicy lets it out$/);
  });

  test('a pod let out to a subgraph it never calls is reported', () => {
    const objects = overlay('production');
    find(objects, 'NetworkPolicy', 'events-service').spec.egress[0].to.push(pods('reactions-service'));
    assertReported(violationsOf('network', objects), /^Deployment\/events-service: may connect to reactions-service on port http but never calls it$/);
  });

  test('a pod without DNS is reported', () => {
    const objects = withoutPolicy(overlay('local'), 'qantar-allow-dns');
    assertReported(violationsOf('network', objects), /^Deployment\/gateway: cannot resolve the names it calls/);
  });

  test('a domain service not let out to its database is reported', () => {
    const objects = withoutPolicy(overlay('production'), 'reactions-service-to-database');
    assertReported(violationsOf('network', objects), /^Deployment\/reactions-service: cannot reach its database reactions-db:5432/);
  });
});
