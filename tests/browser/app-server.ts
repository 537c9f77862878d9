/** Build the app on a given corpus into its own dist folder and serve it with `next start` on loopback. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = process.cwd();
/** Next.js's command line, run with this Node. */
export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
/** How long `next start` may take to answer on a loaded 2-core machine before giving up. */
const SERVER_START_LIMIT_MS = 60_000;
/** The edit mode is Next's development server: it compiles the first page it serves, which takes far longer. */
const EDIT_SERVER_START_LIMIT_MS = 170_000;
/** The dist folder of the edit server under test, apart from the normal build's and the test build's. */
const EDIT_DIST_DIR = '.next-edit';

/** A running app: where it answers and how to stop it. */
export interface RunningApp {
  baseUrl: string;
  process: ChildProcess;
}

/**
 * `next build` with SVERKA_TEXTS = corpus into distDir; throws with the build output on failure.
 * `app` is the folder of the app to build: this project, or another inside it (a benchmark's).
 */
export function buildApp(corpus: string, distDir: string, app = ROOT): void {
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: app, env: appEnv(corpus, distDir), encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
}

/** `next start` of `app` (see buildApp) on a free loopback port, detached so a test run can stop it by process group. */
export async function startApp(corpus: string, distDir: string, app = ROOT): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app, env: appEnv(corpus, distDir), stdio: 'ignore', detached: true,
  });
  child.unref();
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(baseUrl);
  return { baseUrl, process: child };
}

/**
 * `sverka edit` (the local edit mode) on `corpus`, on a free loopback port, detached so a test can
 * stop it by process group. Resolves once it has served the document list.
 */
export async function startEditServer(corpus: string): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'lib', 'cli', 'run.mjs'), 'edit', corpus, '--port', String(port)], {
    cwd: ROOT, env: appEnv(corpus, EDIT_DIST_DIR), stdio: 'ignore', detached: true,
  });
  child.unref();
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(baseUrl, EDIT_SERVER_START_LIMIT_MS);
  return { baseUrl, process: child };
}

/** Stop a server started here, with everything it started. */
export function stopApp(app: RunningApp): void {
  try {
    process.kill(-app.process.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** The app's environment: the fixture corpus, and no public site address (a developer's .env must not change what the tests see). */
export function appEnv(corpus: string, distDir: string): NodeJS.ProcessEnv {
  return { ...process.env, SVERKA_TEXTS: corpus, SVERKA_DIST_DIR: distDir, SVERKA_SITE_URL: '', NEXT_TELEMETRY_DISABLED: '1' };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServing(baseUrl: string, limit = SERVER_START_LIMIT_MS): Promise<void> {
  const deadline = Date.now() + limit;
  while (Date.now() < deadline) {
    const answered = await fetch(baseUrl).then((response) => response.ok, () => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${baseUrl} within ${limit} ms`);
}
