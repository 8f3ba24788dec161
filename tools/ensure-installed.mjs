// Installs tools/node_modules from the committed lock file, only when it is missing or stale,
// so that every Maven build can call it without paying for a reinstall.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lock = readFileSync(join(here, 'package-lock.json'));
const digest = createHash('sha256').update(lock).digest('hex');
const marker = join(here, 'node_modules', '.qantar-lock-sha256');

if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === digest) {
  console.log('tools: node_modules is current');
} else {
  console.log('tools: installing node_modules from package-lock.json');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  writeFileSync(marker, digest + '\n');
}
