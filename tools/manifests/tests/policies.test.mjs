// Each deployment rule catches its violation: every test breaks one thing in a committed overlay
// and expects the rule to name it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPolicies } from '../policies.mjs';
import { container, context, find, overlay, violationsOf } from './fixtures.mjs';

/** Asserts that one of the lines matches the pattern, showing all of them when none does. */
function assertReported(lines, pattern) {
  assert.ok(lines.some((l) => pattern.test(l)), `expected a violation matching ${pattern}, got:\n${lines.join('\n') || '(none)'}`);
}

describe('the committed overlays', () => {
  for (const name of ['local', 'production']) {
    test(`${name} satisfies every rule`, () => {
      assert.deepEqual(checkPolicies(overlay(name), context), []);
    });
  }
});

describe('probes', () => {
  test('a container without a startup probe is reported', () => {
    const objects = overlay('production');
    delete container(objects, 'gateway').startupProbe;
    assertReported(violationsOf('probes', objects), /^Deployment\/gateway: container app has no startupProbe$/);
  });

  test('a probe on a port the container does not declare is reported', () => {
    const objects = overlay('production');
    container(objects, 'events-service').readinessProbe.httpGet.port = 'management';
    assertReported(violationsOf('probes', objects), /events-service: .*readinessProbe uses port management/);
  });
});

describe('resources', () => {
  test('a container without a memory limit is reported', () => {
    const objects = overlay('local');
    delete container(objects, 'actors-service').resources.limits.memory;
    assertReported(violationsOf('resources', objects), /^Deployment\/actors-service: container app has no memory limit$/);
  });

  test('a request above its limit is reported', () => {
    const objects = overlay('production');
    container(objects, 'reactions-service').resources.requests.cpu = '1500m';
    assertReported(violationsOf('resources', objects), /reactions-service: .*requests more cpu \(1500m\) than its limit \(1\)/);
  });
});

describe('security', () => {
  const cases = [
    ['root user', (c) => (c.securityContext.runAsUser = 0), /runAsUser is 0/],
    ['no runAsNonRoot anywhere', (c, pod) => { delete c.securityContext.runAsNonRoot; delete pod.securityContext.runAsNonRoot; }, /runAsNonRoot is not true/],
    ['privilege escalation', (c) => (c.securityContext.allowPrivilegeEscalation = true), /allowPrivilegeEscalation is not false/],
    ['writable root filesystem', (c) => delete c.securityContext.readOnlyRootFilesystem, /readOnlyRootFilesystem is not true/],
    ['capabilities kept', (c) => (c.securityContext.capabilities.drop = ['NET_RAW']), /capabilities do not drop ALL/],
    ['no seccomp profile', (c, pod) => delete pod.securityContext.seccompProfile, /seccompProfile is not RuntimeDefault/],
    ['host network', (c, pod) => (pod.hostNetwork = true), /pod uses hostNetwork/],
  ];
  for (const [what, breakIt, pattern] of cases) {
    test(`a container with ${what} is reported`, () => {
      const objects = overlay('production');
      const pod = find(objects, 'Deployment', 'actors-service').spec.template.spec;
      breakIt(pod.containers[0], pod);
      assertReported(violationsOf('security', objects), pattern);
    });
  }
});

describe('autoscaling', () => {
  test('a Deployment without a HorizontalPodAutoscaler is reported', () => {
    const objects = overlay('production').filter((o) => !(o.kind === 'HorizontalPodAutoscaler' && o.metadata.name === 'events-service'));
    assertReported(violationsOf('autoscaling', objects), /^Deployment\/events-service: no HorizontalPodAutoscaler targets it$/);
  });

  test('a Deployment that sets replicas under an autoscaler is reported', () => {
    const objects = overlay('production');
    find(objects, 'Deployment', 'gateway').spec.replicas = 3;
    assertReported(violationsOf('autoscaling', objects), /^Deployment\/gateway: sets spec.replicas/);
  });

  test('an autoscaler of a Deployment that does not exist is reported', () => {
    const objects = overlay('production');
    find(objects, 'HorizontalPodAutoscaler', 'gateway').spec.scaleTargetRef.name = 'gatewy';
    const lines = violationsOf('autoscaling', objects);
    assertReported(lines, /^HorizontalPodAutoscaler\/gateway: targets Deployment\/gatewy, which does not exist$/);
    assertReported(lines, /^Deployment\/gateway: no HorizontalPodAutoscaler targets it$/);
  });

  test('minReplicas above maxReplicas is reported', () => {
    const objects = overlay('production');
    find(objects, 'HorizontalPodAutoscaler', 'actors-service').spec.minReplicas = 8;
    assertReported(violationsOf('autoscaling', objects), /minReplicas 8 exceeds maxReplicas 6/);
  });
});

describe('disruption-budget', () => {
  test('a Deployment without a PodDisruptionBudget is reported', () => {
    const objects = overlay('local').filter((o) => !(o.kind === 'PodDisruptionBudget' && o.metadata.name === 'reactions-service'));
    assertReported(violationsOf('disruption-budget', objects), /^Deployment\/reactions-service: no PodDisruptionBudget selects its pods$/);
  });

  test('a budget that allows no eviction is reported', () => {
    const objects = overlay('production');
    find(objects, 'PodDisruptionBudget', 'gateway').spec.maxUnavailable = 0;
    assertReported(violationsOf('disruption-budget', objects), /^PodDisruptionBudget\/gateway: allows no eviction/);
  });

  test('minAvailable equal to the fewest replicas blocks drains and is reported', () => {
    const objects = overlay('local'); // one replica each
    const pdb = find(objects, 'PodDisruptionBudget', 'actors-service');
    delete pdb.spec.maxUnavailable;
    pdb.spec.minAvailable = 1;
    assertReported(violationsOf('disruption-budget', objects), /actors-service: allows no eviction of Deployment\/actors-service at 1 replica/);
  });

  test('a budget selecting no pods is reported', () => {
    const objects = overlay('production');
    find(objects, 'PodDisruptionBudget', 'events-service').spec.selector.matchLabels['app.kubernetes.io/name'] = 'event-service';
    const lines = violationsOf('disruption-budget', objects);
    assertReported(lines, /^PodDisruptionBudget\/events-service: selects no pods of the set$/);
    assertReported(lines, /^Deployment\/events-service: no PodDisruptionBudget selects its pods$/);
  });
});

describe('services', () => {
  test('a Service whose selector matches no Deployment is reported', () => {
    const objects = overlay('production');
    find(objects, 'Service', 'actors-service').spec.selector = { 'app.kubernetes.io/name': 'actor-service' };
    assertReported(violationsOf('services', objects), /^Service\/actors-service: its selector .* matches no Deployment's pods$/);
  });

  test('a Service targeting a port its pods do not declare is reported', () => {
    const objects = overlay('production');
    find(objects, 'Service', 'gateway').spec.ports[0].targetPort = 8081;
    assertReported(violationsOf('services', objects), /^Service\/gateway: port http targets 8081, which Deployment\/gateway does not declare$/);
  });
});

describe('references', () => {
  const credentials = (objects, service) => container(objects, service).env.filter((e) => e.valueFrom?.secretKeyRef);

  test('a Secret that neither exists nor is documented is reported', () => {
    const objects = overlay('production');
    for (const e of credentials(objects, 'actors-service')) e.valueFrom.secretKeyRef.name = 'actors-credentials';
    assertReported(violationsOf('references', objects), /actors-service: .*references Secret\/actors-credentials, which neither exists nor is documented/);
  });

  test('a key that the documented Secret does not list is reported', () => {
    const objects = overlay('production');
    credentials(objects, 'events-service').find((e) => e.name === 'QUARKUS_DATASOURCE_PASSWORD').valueFrom.secretKeyRef.key = 'pass';
    assertReported(violationsOf('references', objects), /events-service: .*reads key pass of Secret\/events-db, which the documentation of that Secret does not list/);
  });

  test('a key that the rendered ConfigMap lacks is reported', () => {
    const objects = overlay('production');
    const url = container(objects, 'reactions-service').env.find((e) => e.name === 'QUARKUS_DATASOURCE_JDBC_URL');
    url.valueFrom.configMapKeyRef.key = 'url';
    assertReported(violationsOf('references', objects), /reactions-service: .*reads key url of ConfigMap\/reactions-db-\w+, which has no such key/);
  });

  test('a ConfigMap that is not generated is reported', () => {
    const objects = overlay('local').filter((o) => !(o.kind === 'ConfigMap' && o.metadata.name === 'gateway-supergraph'));
    assertReported(violationsOf('references', objects), /^Deployment\/gateway: volume supergraph references ConfigMap\/gateway-supergraph/);
  });

  test('a missing PersistentVolumeClaim is reported', () => {
    const objects = overlay('local').filter((o) => !(o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'events-service-data'));
    assertReported(violationsOf('references', objects), /events-service: volume data references PersistentVolumeClaim\/events-service-data/);
  });

  test('a mount of an undefined volume is reported', () => {
    const objects = overlay('production');
    container(objects, 'gateway').volumeMounts.push({ name: 'cache', mountPath: '/var/cache' });
    assertReported(violationsOf('references', objects), /^Deployment\/gateway: container app mounts volume cache, which the pod does not define$/);
  });

  test('an Ingress routing to a missing Service port is reported', () => {
    const objects = overlay('production');
    find(objects, 'Ingress', 'gateway').spec.rules[0].http.paths[0].backend.service.port = { name: 'https' };
    assertReported(violationsOf('references', objects), /^Ingress\/gateway: routes to port https of Service\/gateway, which has no such port$/);
  });

  test('an undocumented TLS Secret is reported', () => {
    const objects = overlay('production');
    find(objects, 'Ingress', 'gateway').spec.tls = [{ secretName: 'qantar-tls' }];
    assertReported(violationsOf('references', objects), /^Ingress\/gateway: tls references Secret\/qantar-tls/);
  });
});

describe('images', () => {
  test('an image that no documented build produces is reported', () => {
    const objects = overlay('production');
    container(objects, 'actors-service').image = 'qantar/actors-service:latest';
    assertReported(violationsOf('images', objects), /^Deployment\/actors-service: container app runs qantar\/actors-service:latest, which no build command/);
  });

  test('the production overlay runs the PostgreSQL builds and local the H2 builds', () => {
    const image = (name, service) => container(overlay(name), service).image;
    assert.equal(image('production', 'actors-service'), 'qantar/actors-service:0.1.0');
    assert.equal(image('local', 'actors-service'), 'qantar/actors-service:0.1.0-h2');
  });
});
