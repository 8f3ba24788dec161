// Writes a GraphiQL page that needs no internet access: GraphiQL 3's UMD bundle and React 18's UMD builds, copied
// from tools/node_modules, and an index.html that loads them by relative path and queries /graphql on its own origin.
//
//   node tools/bundle-graphiql.mjs <outdir>
//
// The gateway's build runs it to put the page into target/classes/META-INF/resources/graphiql/, which Quarkus
// serves as static content at /graphiql/.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const nodeModules = join(dirname(fileURLToPath(import.meta.url)), 'node_modules');

// [package, major version the page is written for, file in the package, name in <outdir>]
const ASSETS = [
  ['react', 18, 'umd/react.production.min.js', 'react.production.min.js'],
  ['react-dom', 18, 'umd/react-dom.production.min.js', 'react-dom.production.min.js'],
  ['graphiql', 3, 'graphiql.min.js', 'graphiql.min.js'],
  ['graphiql', 3, 'graphiql.min.css', 'graphiql.min.css'],
  ['react', 18, 'LICENSE', 'LICENSE-react.txt'],
  ['react-dom', 18, 'LICENSE', 'LICENSE-react-dom.txt'],
  ['graphiql', 3, 'LICENSE', 'LICENSE-graphiql.txt'],
];

// The start-up script is a file of its own rather than inline, so that the page works under a
// Content-Security-Policy of script-src 'self'.
const START = `// Renders GraphiQL against the GraphQL endpoint of the server that serves this page.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
`;

const page = (versions) => `<!doctype html>
<!-- GraphiQL ${versions.graphiql} with React ${versions.react}, served from this folder: no CDN, no internet access. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Qantar GraphiQL</title>
    <link rel="stylesheet" href="graphiql.min.css" />
    <style>
      html, body, #graphiql { height: 100%; margin: 0; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL...</div>
    <script src="react.production.min.js"></script>
    <script src="react-dom.production.min.js"></script>
    <script src="graphiql.min.js"></script>
    <script src="graphiql-start.js"></script>
  </body>
</html>
`;

function versionOf(name, major) {
  const manifest = join(nodeModules, name, 'package.json');
  let version;
  try {
    version = JSON.parse(readFileSync(manifest, 'utf8')).version;
  } catch {
    throw new Error(`${name} is not installed in ${nodeModules}; run: node tools/ensure-installed.mjs`);
  }
  if (Number(version.split('.')[0]) !== major) throw new Error(`${name} ${version} installed, this page needs ${major}.x`);
  return version;
}

function main(argv) {
  if (argv.length !== 1 || argv[0].startsWith('-')) {
    console.error('usage: node tools/bundle-graphiql.mjs <outdir>');
    process.exit(2);
  }
  const outDir = resolve(argv[0]);
  const versions = {};
  for (const [name, major] of ASSETS) versions[name] = versionOf(name, major);
  mkdirSync(outDir, { recursive: true });
  for (const [name, , file, target] of ASSETS) copyFileSync(join(nodeModules, name, file), join(outDir, target));
  writeFileSync(join(outDir, 'graphiql-start.js'), START);
  writeFileSync(join(outDir, 'index.html'), page(versions));
  console.log(`bundle-graphiql: wrote GraphiQL ${versions.graphiql} with React ${versions.react} to ${outDir}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`bundle-graphiql: ${error.message}`);
  process.exit(1);
}
