// Validates rendered Kubernetes objects against the API schema, as the API server would.
//
// kubernetes-models provides one model class per apiVersion/kind whose validate() checks types,
// formats, enums and required fields against the Kubernetes OpenAPI schema. That schema leaves
// objects open, so a misspelt field (livenesProbe) would pass, while `kubectl apply` (strict field
// validation, the default since Kubernetes 1.27) rejects it. The field names each type allows are
// therefore also read from the package's own type declarations, and any other field is an error.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The kubernetes-models module of an apiVersion: "v1" is the core group, "apps/v1" a named one. */
function modelModule(apiVersion) {
  return `kubernetes-models/${apiVersion}`;
}

const modelModules = new Map();

async function loadModels(apiVersion) {
  if (!modelModules.has(apiVersion)) {
    modelModules.set(apiVersion, import(modelModule(apiVersion)).catch(() => null));
  }
  return modelModules.get(apiVersion);
}

/**
 * The schema errors of one object, as messages; none when it is valid. An apiVersion or kind
 * that kubernetes-models does not know is an error: the API server would refuse it too.
 */
export async function schemaErrors(object) {
  const { apiVersion, kind } = object ?? {};
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    return ['has no apiVersion and kind'];
  }
  const models = await loadModels(apiVersion);
  const Model = models?.[kind];
  if (typeof Model !== 'function' || Model.apiVersion !== apiVersion || Model.kind !== kind) {
    return [`unknown kind ${kind} in ${apiVersion}`];
  }
  const errors = [];
  try {
    new Model(object).validate();
  } catch (error) {
    errors.push(...String(error.message).split(/, (?=data[/ ])/).map(readablePath));
  }
  const declaration = declarationFile(import.meta.resolve(`${modelModule(apiVersion)}/${kind}`));
  for (const path of unknownFields(object, declaration)) errors.push(`${path}: unknown field`);
  return errors;
}

/** "data/spec/containers/0/image must be string" -> "spec.containers[0].image: must be string" */
function readablePath(message) {
  const [, pointer = '', text] = message.match(/^data(?:\/(\S*))? (.*)$/s) ?? [null, '', message];
  const path = pointer.split('/').map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i ? `.${p}` : p)).join('');
  return path ? `${path}: ${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Field names per type, read from the .d.ts files that ship beside each model. Each file
// declares one interface ("export interface IDeploymentSpec { "field"?: Type; ... }") and
// imports the interfaces its fields refer to.

const typeCache = new Map();

function declarationFile(moduleUrl) {
  return fileURLToPath(moduleUrl).replace(/\.js$/, '.d.ts');
}

/** { fields: Map<name, typeExpression>, resolve(identifier) -> file | undefined }, or null. */
function readType(file) {
  if (typeCache.has(file)) return typeCache.get(file);
  const source = readFileSync(file, 'utf8');
  const imports = new Map();
  for (const [, names, from] of source.matchAll(/^import \{ ([^}]+) \} from "([^"]+)";$/gm)) {
    const url = from.startsWith('.') ? new URL(from, `file://${file}`).href : import.meta.resolve(from);
    for (const name of names.split(',').map((n) => n.trim())) imports.set(name, declarationFile(url));
  }
  const body = source.match(/^export interface \w+(?: extends [\w, ]+)? \{\n([\s\S]*?)^\}$/m);
  const type = body
    ? {
        // Fields sit at exactly four spaces; deeper lines belong to inline map types.
        fields: new Map([...body[1].matchAll(/^ {4}"([^"]+)"\??: (.*)$/gm)].map(([, n, t]) => [n, t])),
        resolve: (identifier) => imports.get(identifier),
      }
    : null; // a type alias such as IntOrString or Quantity: a scalar
  typeCache.set(file, type);
  return type;
}

/** The declaration file of the object type a field holds (directly or as list items), if any. */
function fieldTypeFile(type, expression) {
  const identifier = expression.match(/^(?:Array<)?(I\w+)>?;$/)?.[1];
  return identifier ? type.resolve(identifier) : undefined;
}

function* unknownFields(value, file, path = '') {
  const type = file ? readType(file) : null;
  if (!type || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* unknownFields(item, file, `${path}[${i}]`);
    return;
  }
  for (const [name, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${name}` : name;
    const expression = type.fields.get(name);
    if (expression === undefined) {
      yield childPath;
    } else {
      yield* unknownFields(child, fieldTypeFile(type, expression), childPath);
    }
  }
}
