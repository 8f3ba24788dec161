// The processes a benchmark run starts: each in a process group of its own, its output in a log file, stopped
// (the whole group) when the run ends however it ends.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const STOP_GRACE_MS = 5_000;

/** Variables a child may inherit; everything else (tokens, proxies, tool settings) stays out of its environment. */
const INHERITED_VARIABLES = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'JAVA_HOME'];

export function childEnvironment(extra) {
  const env = {};
  for (const name of INHERITED_VARIABLES) if (process.env[name] !== undefined) env[name] = process.env[name];
  return { ...env, ...extra };
}

/** A loopback port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The processes of one run; `stopAll` ends them, and so does the exit of this process. */
export class ProcessSet {
  #children = [];

  constructor(logDirectory) {
    this.logDirectory = logDirectory;
    // Last resort when the run dies without stopping them: only synchronous work is possible in 'exit'.
    process.on('exit', () => {
      for (const child of this.#children) if (child.running) signalGroup(child.pid, 'SIGKILL');
    });
  }

  /** Starts `command` in a process group of its own, logging to <logDirectory>/<name>.log. */
  start(name, command, args, { cwd, env }) {
    const logFile = join(this.logDirectory, `${name}.log`);
    const log = createWriteStream(logFile);
    const spawned = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const child = {
      name,
      pid: spawned.pid,
      logFile,
      running: true,
      output: '',
      exited: null,
      /** The last lines of the output kept in memory, for an error message. */
      lastLines: () => child.output.trimEnd().split('\n').slice(-15).join('\n'),
    };
    const collect = (chunk) => {
      log.write(chunk);
      // Only the first 64 KiB stay in memory, for readiness lines and start-up errors; the log file has it all.
      if (child.output.length < 64 * 1024) child.output += chunk.toString();
    };
    spawned.stdout.on('data', collect);
    spawned.stderr.on('data', collect);
    child.exited = new Promise((resolve) => {
      spawned.on('exit', (code, signal) => {
        child.running = false;
        resolve({ code, signal });
      });
      spawned.on('error', (error) => {
        child.running = false;
        child.output += `\n${error.message}`;
        resolve({ code: null, signal: null, error });
      });
    });
    child.exited.then(() => log.end());
    this.#children.push(child);
    return child;
  }

  /** Resolves with the first match of `pattern` in the child's output; rejects when it exits or time runs out. */
  waitForOutput(child, pattern, timeoutMs) {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const match = pattern.exec(child.output);
        if (match) return finish(() => resolve(match));
        if (!child.running) {
          return finish(() => reject(new Error(`${child.name} exited before it was ready (${child.logFile}):\n${child.lastLines()}`)));
        }
        if (Date.now() - started > timeoutMs) {
          return finish(() => reject(new Error(`${child.name} was not ready within ${timeoutMs / 1000} s; see ${child.logFile}`)));
        }
      }, 50);
      const finish = (settle) => {
        clearInterval(poll);
        settle();
      };
    });
  }

  /** Stops one child's group: SIGTERM, then SIGKILL if it is still there after a grace period. */
  async stop(child) {
    if (!child.running) return;
    signalGroup(child.pid, 'SIGTERM');
    const graceful = await Promise.race([child.exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!graceful || child.running) signalGroup(child.pid, 'SIGKILL');
    await child.exited;
  }

  async stopAll() {
    await Promise.all(this.#children.map((child) => this.stop(child)));
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
