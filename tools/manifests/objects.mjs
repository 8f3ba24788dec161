// Read-only views of a rendered manifest set: workloads and their pod templates, containers,
// label selectors, resource quantities, and the environment a container will see.

/** "Deployment/actors-service": how violations name an object. */
export function describe(object) {
  return `${object?.kind ?? '?'}/${object?.metadata?.name ?? '?'}`;
}

/** The pod template of each kind that runs pods. */
const podTemplatePaths = {
  Deployment: (o) => o.spec?.template,
  StatefulSet: (o) => o.spec?.template,
  DaemonSet: (o) => o.spec?.template,
  ReplicaSet: (o) => o.spec?.template,
  Job: (o) => o.spec?.template,
  CronJob: (o) => o.spec?.jobTemplate?.spec?.template,
};

/** Every object that runs pods, with its pod template ({ object, template, labels, spec }). */
export function workloads(objects) {
  return objects
    .filter((o) => podTemplatePaths[o.kind])
    .map((object) => {
      const template = podTemplatePaths[object.kind](object) ?? {};
      return { object, template, labels: template.metadata?.labels ?? {}, spec: template.spec ?? {} };
    });
}

/** Main and init containers of a pod spec, each with where it sits. */
export function containers(podSpec) {
  return [
    ...(podSpec.containers ?? []).map((container) => ({ container, init: false })),
    ...(podSpec.initContainers ?? []).map((container) => ({ container, init: true })),
  ];
}

/** Whether a LabelSelector (matchLabels and matchExpressions) selects the given labels. */
export function selectorMatches(selector, labels) {
  if (!selector) return false; // a null selector selects nothing
  const matchLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const matchExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return key in labels && values.includes(labels[key]);
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        return false;
    }
  });
  return matchLabels && matchExpressions;
}

/** Whether a Service-style selector (a plain map) selects the given labels; an empty one selects none. */
export function mapSelectorMatches(selector, labels) {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

const binarySuffixes = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const decimalSuffixes = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A Kubernetes resource quantity ("250m", "512Mi", "1", 2) as a number, or NaN. */
export function quantity(value) {
  if (typeof value === 'number') return value;
  const match = String(value).match(/^([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]?)$/);
  if (!match) return NaN;
  const [, number, suffix] = match;
  return Number(number) * (binarySuffixes[suffix] ?? decimalSuffixes[suffix]);
}

/**
 * The environment a container starts with, as far as the manifests decide it: literal values and
 * values taken from ConfigMaps of the set. Entries whose value comes from elsewhere (a Secret, a
 * missing ConfigMap, the downward API) are left out.
 */
export function environment(container, objects) {
  const configMap = (name) => objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === name)?.data ?? {};
  const env = new Map();
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) {
      for (const [k, v] of Object.entries(configMap(source.configMapRef.name))) env.set(`${source.prefix ?? ''}${k}`, v);
    }
  }
  for (const { name, value, valueFrom } of container.env ?? []) {
    if (value !== undefined) env.set(name, value);
    else if (valueFrom?.configMapKeyRef) {
      const { name: map, key } = valueFrom.configMapKeyRef;
      if (key in configMap(map)) env.set(name, configMap(map)[key]);
    }
  }
  return env;
}
