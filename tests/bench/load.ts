/**
 * `npm run bench:load`: the production server under load. Builds the reader on the bundled
 * corpus into its own folder, starts `next start` on loopback, and drives it with autocannon for
 * 30 seconds at 100 concurrent connections, each cycling through the document list, every
 * reader page, the search page and its index files, and every document's exports. Reports
 * requests per second, p50/p99 latency, errors, and the server's memory (RSS sampled every
 * second) in the first and the last 10 seconds, after a warm-up under the same load.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildApp, startApp } from '../browser/app-server';
import { printFigures } from './report';
import { processTree, residentBytes } from './processes';

/** The load: 100 connections for 30 seconds. */
const CONNECTIONS = 100;
const DURATION_S = 30;
/** Load before the measured run, not counted: long enough for the heap and caches to settle. */
const WARM_UP_S = 20;
/** Memory is compared between the first and the last this-many seconds. */
const WINDOW_S = 10;
/** RSS growth between those windows that counts as a leak: above the noise of a garbage-collected heap. */
const GROWTH_LIMIT = 0.05;
const DIST_DIR = '.next-load';
const CORPUS = path.join(process.cwd(), 'texts');

/** Every route a reader uses, for the documents of the bundled corpus. */
function routes(baseUrl: string): string[] {
  const slugs = readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return [
    '/',
    ...slugs.map((slug) => `/documents/${slug}`),
    '/search',
    '/search/data/manifest.json',
    '/search/data/shard-0.json',
    '/search/data/text-0.json',
    ...slugs.flatMap((slug) => ['tmx', 'tsv', 'json', 'bibtex'].map((format) => `/documents/${slug}/export/${format}`)),
  ].map((route) => new URL(route, baseUrl).pathname);
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const MB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function main(): Promise<void> {
  const buildStart = performance.now();
  buildApp(CORPUS, DIST_DIR);
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const app = await startApp(CORPUS, DIST_DIR);
  try {
    const paths = routes(app.baseUrl);
    // Warm up under the same load first, so that the windows compare a server in its steady
    // state: Node grows its heap and Next.js fills its response cache in the first seconds.
    const requests = paths.map((route) => ({ method: 'GET' as const, path: route }));
    await autocannon({ url: app.baseUrl, connections: CONNECTIONS, duration: WARM_UP_S, requests });
    const memory: number[] = [];
    const sampler = setInterval(() => {
      memory.push(processTree(app.process.pid!).reduce((sum, pid) => sum + residentBytes(pid), 0));
    }, 1000);
    const result = await autocannon({
      url: app.baseUrl, connections: CONNECTIONS, duration: DURATION_S,
      requests,
    });
    clearInterval(sampler);
    const first = mean(memory.slice(0, WINDOW_S));
    const last = mean(memory.slice(-WINDOW_S));
    const growth = (last - first) / first;
    const errors = result.errors + result.timeouts + result.non2xx;
    if (process.env.SVERKA_LOAD_TRACE) console.log('RSS per second (MB):', memory.map((bytes) => Math.round(bytes / 2 ** 20)).join(' '));
    printFigures('load', [
      ['server', `next start on loopback, built from texts/ in ${buildSeconds.toFixed(0)} s; ${paths.length} routes cycled (list, ${paths.filter((p) => /^\/documents\/[^/]+$/.test(p)).length} readers, search page and index files, exports)`],
      ['load', `${CONNECTIONS} connections for ${DURATION_S} s (autocannon), after ${WARM_UP_S} s of the same load to warm up`],
      ['requests', `${result.requests.total} in ${DURATION_S} s: ${result.requests.average.toFixed(0)} per second on average (${(result.throughput.average / 2 ** 20).toFixed(1)} MB/s)`],
      ['latency', `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`],
      ['errors', `${errors} (${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses)`],
      ['server memory', `${MB(first)} in the first ${WINDOW_S} s, ${MB(last)} in the last ${WINDOW_S} s: ${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(1)}% (${growth <= GROWTH_LIMIT ? 'no growth beyond' : 'GROWTH above'} the ${100 * GROWTH_LIMIT}% noise limit)`],
    ]);
    if (errors > 0 || growth > GROWTH_LIMIT) process.exitCode = 1;
  } finally {
    try { process.kill(-app.process.pid!, 'SIGTERM'); } catch { /* already gone */ }
  }
}

await main();
