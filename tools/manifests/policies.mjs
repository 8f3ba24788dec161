// The deployment policy of the suite: what every rendered overlay must satisfy beyond the API
// schema. Each rule returns its violations as { object, message }; checkPolicies adds the rule id.
//
// context: {
//   operatorProvided: [{ kind, name, keys }]  ConfigMaps and Secrets the operator creates (deploy/README.md)
//   builtImages: Set<string>                  the image references the documented builds produce
// }
import {
  containers,
  describe,
  mapSelectorMatches,
  quantity,
  selectorMatches,
  workloads,
} from './objects.mjs';
import { networkRule } from './network.mjs';

const probes = {
  id: 'probes',
  summary: 'every container has liveness, readiness and startup probes on a port it declares',
  check(objects) {
    const violations = [];
    for (const { object, spec } of workloads(objects)) {
      for (const { container, init } of containers(spec)) {
        if (init) continue; // init containers run to completion and take no probes
        for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
          const probe = container[kind];
          if (!probe) {
            violations.push({ object: describe(object), message: `container ${container.name} has no ${kind}` });
            continue;
          }
          const port = (probe.httpGet ?? probe.tcpSocket ?? probe.grpc)?.port;
          if (port !== undefined && !declaresPort(container, port)) {
            violations.push({
              object: describe(object),
              message: `container ${container.name}: ${kind} uses port ${port}, which the container does not declare`,
            });
          }
        }
      }
    }
    return violations;
  },
};

function declaresPort(container, port) {
  return (container.ports ?? []).some((p) => p.name === port || p.containerPort === port);
}

const resources = {
  id: 'resources',
  summary: 'every container requests and limits cpu and memory, with requests no higher than limits',
  check(objects) {
    const violations = [];
    for (const { object, spec } of workloads(objects)) {
      for (const { container } of containers(spec)) {
        for (const resource of ['cpu', 'memory']) {
          const request = container.resources?.requests?.[resource];
          const limit = container.resources?.limits?.[resource];
          const where = { object: describe(object) };
          if (request === undefined) violations.push({ ...where, message: `container ${container.name} requests no ${resource}` });
          if (limit === undefined) violations.push({ ...where, message: `container ${container.name} has no ${resource} limit` });
          if (request !== undefined && limit !== undefined && quantity(request) > quantity(limit)) {
            violations.push({ ...where, message: `container ${container.name} requests more ${resource} (${request}) than its limit (${limit})` });
          }
        }
      }
    }
    return violations;
  },
};

const security = {
  id: 'security',
  summary: 'every container runs as non-root with no privilege escalation, a read-only root filesystem, no capabilities and the runtime seccomp profile',
  check(objects) {
    const violations = [];
    for (const { object, spec } of workloads(objects)) {
      const pod = spec.securityContext ?? {};
      for (const flag of ['hostNetwork', 'hostPID', 'hostIPC']) {
        if (spec[flag] === true) violations.push({ object: describe(object), message: `pod uses ${flag}` });
      }
      for (const { container } of containers(spec)) {
        const own = container.securityContext ?? {};
        const problems = [];
        if ((own.runAsNonRoot ?? pod.runAsNonRoot) !== true) problems.push('runAsNonRoot is not true');
        if ((own.runAsUser ?? pod.runAsUser) === 0) problems.push('runAsUser is 0 (root)');
        if (own.allowPrivilegeEscalation !== false) problems.push('allowPrivilegeEscalation is not false');
        if (own.readOnlyRootFilesystem !== true) problems.push('readOnlyRootFilesystem is not true');
        if (own.privileged === true) problems.push('it is privileged');
        if (!(own.capabilities?.drop ?? []).includes('ALL')) problems.push('capabilities do not drop ALL');
        const seccomp = (own.seccompProfile ?? pod.seccompProfile)?.type;
        if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') problems.push('seccompProfile is not RuntimeDefault');
        for (const problem of problems) {
          violations.push({ object: describe(object), message: `container ${container.name}: ${problem}` });
        }
      }
    }
    return violations;
  },
};

function autoscalersOf(objects, deployment) {
  return objects.filter(
    (o) =>
      o.kind === 'HorizontalPodAutoscaler' &&
      o.spec?.scaleTargetRef?.kind === 'Deployment' &&
      o.spec?.scaleTargetRef?.apiVersion === 'apps/v1' &&
      o.spec?.scaleTargetRef?.name === deployment.metadata?.name,
  );
}

const autoscaling = {
  id: 'autoscaling',
  summary: 'every Deployment has one HorizontalPodAutoscaler, which alone sets its replica count',
  check(objects) {
    const violations = [];
    const deployments = objects.filter((o) => o.kind === 'Deployment');
    for (const deployment of deployments) {
      const hpas = autoscalersOf(objects, deployment);
      if (hpas.length === 0) {
        violations.push({ object: describe(deployment), message: 'no HorizontalPodAutoscaler targets it' });
      } else if (hpas.length > 1) {
        violations.push({ object: describe(deployment), message: `${hpas.length} HorizontalPodAutoscalers target it` });
      } else if (deployment.spec?.replicas !== undefined) {
        violations.push({ object: describe(deployment), message: 'sets spec.replicas, which every apply would reset under its HorizontalPodAutoscaler' });
      }
    }
    for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
      const { kind, name } = hpa.spec?.scaleTargetRef ?? {};
      if (!objects.some((o) => o.kind === kind && o.metadata?.name === name)) {
        violations.push({ object: describe(hpa), message: `targets ${kind}/${name}, which does not exist` });
      }
      const min = hpa.spec?.minReplicas ?? 1;
      if (min > hpa.spec?.maxReplicas) {
        violations.push({ object: describe(hpa), message: `minReplicas ${min} exceeds maxReplicas ${hpa.spec.maxReplicas}` });
      }
    }
    return violations;
  },
};

const disruptionBudgets = {
  id: 'disruption-budget',
  summary: 'every Deployment has a PodDisruptionBudget that still lets a node drain',
  check(objects) {
    const violations = [];
    const budgets = objects.filter((o) => o.kind === 'PodDisruptionBudget');
    const running = workloads(objects);
    for (const { object, labels } of running.filter((w) => w.object.kind === 'Deployment')) {
      const covering = budgets.filter((pdb) => selectorMatches(pdb.spec?.selector, labels));
      if (covering.length === 0) {
        violations.push({ object: describe(object), message: 'no PodDisruptionBudget selects its pods' });
      }
      const fewest = autoscalersOf(objects, object)[0]?.spec?.minReplicas ?? object.spec?.replicas ?? 1;
      for (const pdb of covering) {
        const { minAvailable, maxUnavailable } = pdb.spec;
        const blocks =
          maxUnavailable === 0 ||
          maxUnavailable === '0%' ||
          minAvailable === '100%' ||
          (typeof minAvailable === 'number' && minAvailable >= fewest);
        if (blocks) {
          violations.push({ object: describe(pdb), message: `allows no eviction of ${describe(object)} at ${fewest} replica(s): node drains would hang` });
        }
      }
    }
    for (const pdb of budgets) {
      if (!running.some((w) => selectorMatches(pdb.spec?.selector, w.labels))) {
        violations.push({ object: describe(pdb), message: 'selects no pods of the set' });
      }
    }
    return violations;
  },
};

const services = {
  id: 'services',
  summary: "every Service selects a workload's pods and targets ports they declare",
  check(objects) {
    const violations = [];
    for (const service of objects.filter((o) => o.kind === 'Service')) {
      const selected = workloads(objects).filter((w) => mapSelectorMatches(service.spec?.selector, w.labels));
      if (selected.length === 0) {
        violations.push({ object: describe(service), message: `its selector ${JSON.stringify(service.spec?.selector ?? {})} matches no Deployment's pods` });
        continue;
      }
      for (const port of service.spec?.ports ?? []) {
        const target = port.targetPort ?? port.port;
        for (const { object, spec } of selected) {
          if (!containers(spec).some(({ container }) => declaresPort(container, target))) {
            violations.push({ object: describe(service), message: `port ${port.name ?? port.port} targets ${target}, which ${describe(object)} does not declare` });
          }
        }
      }
    }
    return violations;
  },
};

/** Every ConfigMap, Secret and PersistentVolumeClaim a pod names, with the key it reads. */
function* podReferences(spec) {
  for (const { name } of spec.imagePullSecrets ?? []) yield { kind: 'Secret', name, where: 'imagePullSecrets' };
  for (const volume of spec.volumes ?? []) {
    const where = `volume ${volume.name}`;
    if (volume.configMap) yield* keyedReferences('ConfigMap', volume.configMap.name, volume.configMap, where);
    if (volume.secret) yield* keyedReferences('Secret', volume.secret.secretName, volume.secret, where);
    if (volume.persistentVolumeClaim) yield { kind: 'PersistentVolumeClaim', name: volume.persistentVolumeClaim.claimName, where };
    for (const source of volume.projected?.sources ?? []) {
      if (source.configMap) yield* keyedReferences('ConfigMap', source.configMap.name, source.configMap, where);
      if (source.secret) yield* keyedReferences('Secret', source.secret.name, source.secret, where);
    }
  }
  for (const { container } of containers(spec)) {
    const where = `container ${container.name}`;
    for (const source of container.envFrom ?? []) {
      if (source.configMapRef) yield { kind: 'ConfigMap', ...source.configMapRef, where };
      if (source.secretRef) yield { kind: 'Secret', ...source.secretRef, where };
    }
    for (const { name: variable, valueFrom } of container.env ?? []) {
      const at = `${where}, variable ${variable}`;
      if (valueFrom?.configMapKeyRef) yield { kind: 'ConfigMap', ...valueFrom.configMapKeyRef, where: at };
      if (valueFrom?.secretKeyRef) yield { kind: 'Secret', ...valueFrom.secretKeyRef, where: at };
    }
  }
}

function* keyedReferences(kind, name, source, where) {
  if (!source.items?.length) yield { kind, name, optional: source.optional, where };
  for (const { key } of source.items ?? []) yield { kind, name, key, optional: source.optional, where };
}

/** "Kind/name" of every ConfigMap, Secret and claim the set's pods and Ingresses refer to. */
export function referencedNames(objects) {
  const names = new Set();
  for (const { spec } of workloads(objects)) {
    for (const { kind, name } of podReferences(spec)) names.add(`${kind}/${name}`);
  }
  for (const ingress of objects.filter((o) => o.kind === 'Ingress')) {
    for (const { secretName } of ingress.spec?.tls ?? []) if (secretName) names.add(`Secret/${secretName}`);
  }
  return names;
}

function storedKeys(object) {
  return new Set([...Object.keys(object.data ?? {}), ...Object.keys(object.binaryData ?? {}), ...Object.keys(object.stringData ?? {})]);
}

const references = {
  id: 'references',
  summary: 'every ConfigMap, Secret, volume claim, volume and backend that is referenced exists, or is documented as provided by the operator',
  check(objects, { operatorProvided = [] } = {}) {
    const violations = [];
    const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
    const resolve = (owner, { kind, name, key, optional, where }) => {
      if (optional) return;
      const found = find(kind, name);
      if (found) {
        if (key !== undefined && !storedKeys(found).has(key)) {
          violations.push({ object: describe(owner), message: `${where} reads key ${key} of ${kind}/${name}, which has no such key` });
        }
        return;
      }
      const documented = operatorProvided.find((p) => p.kind === kind && p.name === name);
      if (!documented) {
        violations.push({ object: describe(owner), message: `${where} references ${kind}/${name}, which neither exists nor is documented as provided by the operator` });
      } else if (key !== undefined && !documented.keys.includes(key)) {
        violations.push({ object: describe(owner), message: `${where} reads key ${key} of ${kind}/${name}, which the documentation of that ${kind} does not list` });
      }
    };
    for (const { object, spec } of workloads(objects)) {
      for (const reference of podReferences(spec)) resolve(object, reference);
      const volumes = new Set((spec.volumes ?? []).map((v) => v.name));
      for (const { container } of containers(spec)) {
        for (const mount of container.volumeMounts ?? []) {
          if (!volumes.has(mount.name)) {
            violations.push({ object: describe(object), message: `container ${container.name} mounts volume ${mount.name}, which the pod does not define` });
          }
        }
      }
    }
    for (const ingress of objects.filter((o) => o.kind === 'Ingress')) {
      for (const { secretName } of ingress.spec?.tls ?? []) {
        if (secretName) resolve(ingress, { kind: 'Secret', name: secretName, where: 'tls' });
      }
      const backends = [ingress.spec?.defaultBackend, ...(ingress.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend))];
      for (const service of backends.filter(Boolean).map((b) => b.service).filter(Boolean)) {
        const target = find('Service', service.name);
        const port = service.port?.name ?? service.port?.number;
        if (!target) {
          violations.push({ object: describe(ingress), message: `routes to Service/${service.name}, which does not exist` });
        } else if (!(target.spec?.ports ?? []).some((p) => p.name === port || p.port === port)) {
          violations.push({ object: describe(ingress), message: `routes to port ${port} of Service/${service.name}, which has no such port` });
        }
      }
    }
    return violations;
  },
};

const images = {
  id: 'images',
  summary: 'every container image is one that the documented build commands produce',
  check(objects, { builtImages } = {}) {
    const violations = [];
    for (const { object, spec } of workloads(objects)) {
      for (const { container } of containers(spec)) {
        if (!builtImages?.has(container.image)) {
          violations.push({ object: describe(object), message: `container ${container.name} runs ${container.image}, which no build command in deploy/README.md produces` });
        }
      }
    }
    return violations;
  },
};

export const rules = [probes, resources, security, autoscaling, disruptionBudgets, services, references, images, networkRule];

/** All violations of all rules, each as { rule, object, message }. */
export function checkPolicies(objects, context = {}) {
  return rules.flatMap((rule) => rule.check(objects, context).map((v) => ({ rule: rule.id, ...v })));
}
