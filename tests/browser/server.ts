/**
 * The app under test: built from a fixture corpus (the bundled texts plus broken documents) into
 * its own dist folder, served by `next start` on a free loopback port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** Screenshots and the server record live here; CI keeps the folder as test artifacts. */
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const SERVER_RECORD = path.join(ARTIFACTS, 'server.json');
const DIST_DIR = '.next-test';
/** Broken documents served beside the real corpus, to see their error pages. */
export const BROKEN_FIXTURES = ['1950-01-01-yaml-syntax', '1950-01-07-invalid-utf8', '1950-01-18-raw-html'];
/** How long `next start` may take to answer on a loaded 2-core machine before setup gives up. */
const SERVER_START_LIMIT_MS = 60_000;

/** What the tests need to know about the running server. */
export interface ServerRecord {
  baseUrl: string;
  pid: number;
  corpus: string;
}

/** Build the app on a fixture corpus and start it; returns the record the tests read. */
export async function startServer(): Promise<ServerRecord> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const corpus = mkdtempSync(path.join(tmpdir(), 'sverka-browser-corpus-'));
  cpSync(path.join(ROOT, 'texts'), corpus, { recursive: true });
  for (const slug of BROKEN_FIXTURES) cpSync(path.join(ROOT, 'tests', 'fixtures', 'broken-corpus', slug), path.join(corpus, slug), { recursive: true });
  const env = { ...process.env, SVERKA_TEXTS: corpus, SVERKA_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT, env, stdio: 'ignore', detached: true,
  });
  server.unref();
  const record: ServerRecord = { baseUrl: `http://127.0.0.1:${port}`, pid: server.pid!, corpus };
  await waitUntilServing(record.baseUrl);
  writeFileSync(SERVER_RECORD, JSON.stringify(record));
  return record;
}

/** The record written by `startServer`, for tests and teardown. */
export function serverRecord(): ServerRecord {
  if (!existsSync(SERVER_RECORD)) throw new Error('the test server is not running: run the browser tests through jest');
  return JSON.parse(readFileSync(SERVER_RECORD, 'utf8')) as ServerRecord;
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

async function waitUntilServing(baseUrl: string): Promise<void> {
  const deadline = Date.now() + SERVER_START_LIMIT_MS;
  while (Date.now() < deadline) {
    const answered = await fetch(baseUrl).then((response) => response.ok, () => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer at ${baseUrl} within ${SERVER_START_LIMIT_MS} ms`);
}
