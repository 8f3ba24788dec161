// What deploy/README.md promises, in a form the checks can hold the manifests to: the objects the
// operator provides, and the images the documented build commands produce.

const operatorSection = 'What the operator provides';

/**
 * The rows of the table under the "What the operator provides" heading:
 * | Secret | `actors-db` | `username`, `password` | ... |  ->  { kind, name, keys }
 */
export function operatorProvided(readme) {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => /^#{2,4} /.test(l) && l.includes(operatorSection));
  if (start < 0) return [];
  const provided = [];
  // The first table after the heading, to the first line that is not part of it.
  const tableStart = lines.findIndex((l, i) => i > start && l.startsWith('|'));
  for (const line of tableStart < 0 ? [] : lines.slice(tableStart)) {
    if (!line.startsWith('|')) break;
    const [kind, name, keys] = line.split('|').slice(1).map((cell) => cell.trim());
    if (!/^[A-Z]\w+$/.test(kind) || kind === 'Kind') continue; // header and separator rows
    provided.push({
      kind,
      name: name.replace(/`/g, ''),
      keys: [...(keys ?? '').matchAll(/`([^`]+)`/g)].map(([, key]) => key),
    });
  }
  return provided;
}

/**
 * Each `docker build` command of the README:
 * docker build -f actors-service/src/main/docker/Dockerfile.jvm -t qantar/actors-service:0.1.0 actors-service
 *   -> { dockerfile, image, context }
 */
export function imageBuilds(readme) {
  const builds = [];
  for (const [, args] of readme.matchAll(/^\s*(?:\$ )?docker build (.+)$/gm)) {
    const words = args.trim().split(/\s+/);
    const option = (flag) => words[words.indexOf(flag) + 1];
    builds.push({
      dockerfile: words.includes('-f') ? option('-f') : undefined,
      image: words.includes('-t') ? option('-t') : undefined,
      context: words[words.length - 1],
    });
  }
  return builds;
}
