// Checks the NetworkPolicies against the calls the services actually make.
//
// Who calls whom is read from the configuration, not restated: every URL in a container's
// environment (literal or from a ConfigMap) whose host is a Service of the set is a call to the
// pods behind that Service; a JDBC URL whose host is not a Service is a database outside the set.
// Every pod must then be isolated in both directions, accept connections only from the pods that
// call it (a pod behind an Ingress may accept them from anywhere), and be let out to exactly the
// pods it calls, to DNS, and to its database.
import { containers, describe, environment, mapSelectorMatches, selectorMatches, workloads } from './objects.mjs';

const defaultPorts = { http: 80, https: 443, postgresql: 5432, mysql: 3306, mariadb: 3306 };

/** { host, port, scheme } of each URL in a string; a JDBC URL is named by its subprotocol. */
function* urls(text) {
  for (const match of String(text).matchAll(/\b(?:jdbc:)?([a-z][a-z0-9+.-]*):\/\/([a-z0-9.-]+)(?::(\d+))?/gi)) {
    const [, scheme, host, port] = match;
    yield { scheme, host: host.toLowerCase(), port: port ? Number(port) : defaultPorts[scheme.toLowerCase()], database: match[0].startsWith('jdbc:') };
  }
}

/** The Service a host names within the namespace: "actors-service", "actors-service.qantar.svc...". */
function serviceOf(host, services) {
  return services.find((s) => host === s.metadata.name || host.startsWith(`${s.metadata.name}.`));
}

/** The container port { name, number, protocol } behind a Service port of a workload, if declared. */
function targetPort(servicePort, workload) {
  const target = servicePort.targetPort ?? servicePort.port;
  for (const { container } of containers(workload.spec)) {
    const port = (container.ports ?? []).find((p) => p.name === target || p.containerPort === target);
    if (port) return { name: port.name, number: port.containerPort, protocol: port.protocol ?? 'TCP' };
  }
  return undefined;
}

/** Calls as { from, to, port } between workloads, and { from, host, port } to databases outside. */
export function calls(objects) {
  const running = workloads(objects);
  const services = objects.filter((o) => o.kind === 'Service');
  const internal = [];
  const external = [];
  for (const caller of running) {
    for (const { container } of containers(caller.spec)) {
      for (const value of environment(container, objects).values()) {
        for (const url of urls(value)) {
          const service = serviceOf(url.host, services);
          if (!service) {
            if (url.database) external.push({ from: caller, host: url.host, port: { number: url.port, protocol: 'TCP' } });
            continue;
          }
          const servicePort = (service.spec?.ports ?? []).find((p) => p.port === url.port) ?? (service.spec?.ports ?? [])[0];
          for (const callee of running.filter((w) => mapSelectorMatches(service.spec?.selector, w.labels))) {
            const port = servicePort && targetPort(servicePort, callee);
            if (port) internal.push({ from: caller, to: callee, port });
          }
        }
      }
    }
  }
  return { internal, external };
}

function policyTypes(policy) {
  return policy.spec?.policyTypes ?? (policy.spec?.egress ? ['Ingress', 'Egress'] : ['Ingress']);
}

function policiesFor(workload, type, policies) {
  return policies.filter((p) => policyTypes(p).includes(type) && selectorMatches(p.spec?.podSelector, workload.labels));
}

function portMatches(rulePorts, port) {
  if (!rulePorts?.length) return true;
  return rulePorts.some(
    (p) =>
      (p.protocol ?? 'TCP') === port.protocol &&
      (p.port === undefined ||
        p.port === port.name ||
        p.port === port.number ||
        (p.endPort !== undefined && port.number >= p.port && port.number <= p.endPort)),
  );
}

/** Whether a peer admits pods with these labels, and whether it admits anything outside the set. */
function peerAdmits(peer, labels) {
  if (peer.ipBlock) return { pods: false, outside: true };
  const podsMatch = peer.podSelector ? selectorMatches(peer.podSelector, labels) : true;
  // Another namespace, or every pod of this one, reaches beyond the suite's own pods.
  const selectsAll = Object.keys(peer.podSelector?.matchLabels ?? {}).length === 0 && !peer.podSelector?.matchExpressions?.length;
  return { pods: podsMatch, outside: Boolean(peer.namespaceSelector) || selectsAll };
}

/**
 * What the policies selecting a workload let through in one direction ("Ingress": its "from"
 * peers, "Egress": its "to" peers) on a port: the workloads of the set, by name, and whether
 * anything outside the set.
 */
function allowed(workload, type, port, policies, running) {
  const rulesKey = type === 'Ingress' ? 'ingress' : 'egress';
  const peersKey = type === 'Ingress' ? 'from' : 'to';
  const result = { workloads: new Set(), outside: false };
  for (const policy of policiesFor(workload, type, policies)) {
    for (const rule of policy.spec?.[rulesKey] ?? []) {
      if (!portMatches(rule.ports, port)) continue;
      const peers = rule[peersKey] ?? [];
      for (const other of running) {
        if (peers.length === 0 || peers.some((peer) => peerAdmits(peer, other.labels).pods)) result.workloads.add(other.object.metadata.name);
      }
      if (peers.length === 0 || peers.some((peer) => peerAdmits(peer, {}).outside)) result.outside = true;
    }
  }
  return result;
}

function declaredPorts(workload) {
  return containers(workload.spec).flatMap(({ container }) =>
    (container.ports ?? []).map((p) => ({ name: p.name, number: p.containerPort, protocol: p.protocol ?? 'TCP' })),
  );
}

function exposedByIngress(workload, objects) {
  const services = objects.filter((o) => o.kind === 'Service' && mapSelectorMatches(o.spec?.selector, workload.labels));
  return objects
    .filter((o) => o.kind === 'Ingress')
    .flatMap((i) => [i.spec?.defaultBackend, ...(i.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend))])
    .some((backend) => services.some((s) => s.metadata.name === backend?.service?.name));
}

const dns = { number: 53, protocol: 'UDP' };

export const networkRule = {
  id: 'network',
  summary: 'NetworkPolicies isolate every pod and allow exactly the calls its configuration makes, DNS and its database',
  check(objects) {
    const violations = [];
    const running = workloads(objects);
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
    const { internal, external } = calls(objects);
    const name = (w) => w.object.metadata.name;

    for (const target of running) {
      const where = { object: describe(target.object) };
      if (policiesFor(target, 'Ingress', policies).length === 0) {
        violations.push({ ...where, message: 'no NetworkPolicy isolates its ingress: any pod may connect to it' });
        continue;
      }
      if (exposedByIngress(target, objects)) continue; // the public entry point: open by design
      for (const port of declaredPorts(target)) {
        const sources = allowed(target, 'Ingress', port, policies, running);
        const callers = new Set(internal.filter((c) => c.to.object === target.object && c.port.number === port.number).map((c) => name(c.from)));
        if (sources.outside) violations.push({ ...where, message: `accepts connections on port ${port.name ?? port.number} from outside the suite` });
        for (const caller of callers) {
          if (!sources.workloads.has(caller)) violations.push({ ...where, message: `${caller} calls it on port ${port.name ?? port.number}, but no NetworkPolicy lets ${caller} in` });
        }
        for (const source of sources.workloads) {
          if (!callers.has(source) && source !== name(target)) violations.push({ ...where, message: `${source} may connect to it on port ${port.name ?? port.number} but never calls it` });
        }
      }
    }

    for (const source of running) {
      const where = { object: describe(source.object) };
      if (policiesFor(source, 'Egress', policies).length === 0) {
        violations.push({ ...where, message: 'no NetworkPolicy isolates its egress: it may connect anywhere' });
        continue;
      }
      const outgoing = internal.filter((c) => c.from.object === source.object);
      for (const call of outgoing) {
        if (!allowed(source, 'Egress', call.port, policies, running).workloads.has(name(call.to))) {
          violations.push({ ...where, message: `calls ${name(call.to)} on port ${call.port.name ?? call.port.number}, but no NetworkPolicy lets it out` });
        }
      }
      for (const other of running.filter((w) => w !== source)) {
        for (const port of declaredPorts(other)) {
          const called = outgoing.some((c) => c.to.object === other.object && c.port.number === port.number);
          if (!called && allowed(source, 'Egress', port, policies, running).workloads.has(name(other))) {
            violations.push({ ...where, message: `may connect to ${name(other)} on port ${port.name ?? port.number} but never calls it` });
          }
        }
      }
      const databases = external.filter((c) => c.from.object === source.object);
      if ((outgoing.length > 0 || databases.length > 0) && !allowed(source, 'Egress', dns, policies, running).outside) {
        violations.push({ ...where, message: 'cannot resolve the names it calls: no NetworkPolicy lets it out to DNS (UDP 53)' });
      }
      for (const database of databases) {
        if (!allowed(source, 'Egress', database.port, policies, running).outside) {
          violations.push({ ...where, message: `cannot reach its database ${database.host}:${database.port.number}: no NetworkPolicy lets it out` });
        }
      }
    }
    return violations;
  },
};
