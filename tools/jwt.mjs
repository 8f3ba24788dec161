// Local signing keys and short-lived bearer tokens for Qantar, with Node's own crypto (no dependency), so that a
// fresh machine with Node 20 can try the suite's writes and the tests can act as editors, readers and attackers.
//
//   node tools/jwt.mjs keygen [--dir data/keys]
//       Writes an RSA key pair (jwt-private.pem, jwt-public.pem) into the folder, unless one is there already.
//   node tools/jwt.mjs mint [--dir data/keys] [--scope "qantar:edit qantar:retire"] [--sub editor@example.org]
//                           [--ttl 900] [--issuer qantar-local] [--audience qantar]
//       Prints a token signed with the folder's private key (RS256), valid for --ttl seconds.
//
// The issuer and audience defaults are the ones ./run.sh configures every process with; a deployment uses its own
// identity provider instead (see docs/security.md).
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOCAL_ISSUER = 'qantar-local';
export const LOCAL_AUDIENCE = 'qantar';
export const EDITOR_SCOPES = 'qantar:edit qantar:retire';

/** A fresh RSA key pair as PEM strings: { privateKeyPem, publicKeyPem }. */
export function generateKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }),
  };
}

/** Writes a key pair into dir unless it holds one already; returns the paths of both files. */
export function ensureKeyPair(dir) {
  const privatePath = join(dir, 'jwt-private.pem');
  const publicPath = join(dir, 'jwt-public.pem');
  if (!existsSync(privatePath) || !existsSync(publicPath)) {
    mkdirSync(dir, { recursive: true });
    const { privateKeyPem, publicKeyPem } = generateKeyPair();
    writeFileSync(privatePath, privateKeyPem, { mode: 0o600 });
    writeFileSync(publicPath, publicKeyPem);
  }
  return { privatePath, publicPath };
}

const base64url = (value) => Buffer.from(value).toString('base64url');

/**
 * A signed JWT. Claims default to a local editor's: sub, scope, iss, aud, iat, exp (now + ttlSeconds).
 * `claims` adds or replaces claims (null removes one); `alg: 'none'` gives an unsigned token, for tests of refusal.
 */
export function mintToken({ privateKeyPem, sub = 'editor@example.org', scope = EDITOR_SCOPES, ttlSeconds = 900,
  issuer = LOCAL_ISSUER, audience = LOCAL_AUDIENCE, alg = 'RS256', claims = {}, now = Date.now() } = {}) {
  const iat = Math.floor(now / 1000);
  const payload = { sub, scope, iss: issuer, aud: audience, iat, exp: iat + ttlSeconds, jti: `${iat}-${Math.random().toString(36).slice(2)}` };
  for (const [name, value] of Object.entries(claims)) {
    if (value === null) delete payload[name];
    else payload[name] = value;
  }
  if (payload.scope === '' || payload.scope == null) delete payload.scope;
  const header = { alg, typ: 'JWT' };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  if (alg === 'none') return `${signingInput}.`;
  if (alg !== 'RS256') throw new Error(`unsupported alg ${alg}`);
  const signature = sign('sha256', Buffer.from(signingInput), createPrivateKey(privateKeyPem));
  return `${signingInput}.${signature.toString('base64url')}`;
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

function main(args) {
  const command = args[0];
  const dir = resolve(option(args, '--dir', 'data/keys'));
  if (command === 'keygen') {
    const { privatePath, publicPath } = ensureKeyPair(dir);
    console.log(`jwt: keys in ${privatePath} and ${publicPath}`);
  } else if (command === 'mint') {
    const privatePath = join(dir, 'jwt-private.pem');
    if (!existsSync(privatePath)) {
      console.error(`jwt: no ${privatePath}; start the suite with ./run.sh first, or run: node tools/jwt.mjs keygen --dir ${dir}`);
      process.exit(2);
    }
    const ttl = Number(option(args, '--ttl', '900'));
    if (!Number.isInteger(ttl) || ttl <= 0) {
      console.error('jwt: --ttl takes a whole number of seconds');
      process.exit(2);
    }
    console.log(mintToken({
      privateKeyPem: readFileSync(privatePath, 'utf8'),
      sub: option(args, '--sub', 'editor@example.org'),
      scope: option(args, '--scope', EDITOR_SCOPES),
      ttlSeconds: ttl,
      issuer: option(args, '--issuer', LOCAL_ISSUER),
      audience: option(args, '--audience', LOCAL_AUDIENCE),
    }));
  } else {
    console.error('usage: node tools/jwt.mjs keygen [--dir DIR] | mint [--dir DIR] [--scope S] [--sub S] [--ttl SECONDS] [--issuer I] [--audience A]');
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
