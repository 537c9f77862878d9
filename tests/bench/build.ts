/**
 * Build benchmark (`npm run bench:build [-- 100 300 1000]`): for each corpus size, generate that
 * many bilingual documents of 30 passages (tests/bench/build-corpus.ts), build them as `npm run
 * build` does (`sverka analyse` on every core, then `next build`) from a clean dist folder, and
 * report wall time, CPU time (the build and every process it started) and the peak resident
 * memory of the whole process tree. Then edit one document and build again, as a person does
 * after fixing a text, and report that rebuild's wall time (the dist folder and the analyses on
 * disk kept, as they are on a person's machine). Last, the size of the search manifest the
 * largest build wrote, and the 95th percentile of cold queries against its search files.
 * SVERKA_PRERENDER (lib/view/prerender.ts) applies as in any build.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LazySearchIndex, RESULT_DOCUMENTS_PER_PAGE, wordsOf } from '../../lib/search';
import { appEnv, NEXT_BIN } from '../browser/app-server';
import { writeBuildCorpus } from './build-corpus';
import { ownCpuSeconds, processTree, residentBytes } from './processes';
import { random } from './random';
import { printFigures, type Figure } from './report';

/** Corpus sizes measured when none are given: the 100, 300 and 1,000 documents. */
const DEFAULT_SIZES = [100, 300, 1000];
/** How often the process tree's memory and CPU time are read during a build (a process's last moments are missed). */
const MEMORY_SAMPLE_MS = 250;
const DIST_DIR = '.next-bench-build';

interface BuildRun {
  wallSeconds: number;
  cpuSeconds: number;
  peakBytes: number;
}

/** The CLI, whose `analyse` command `npm run build` runs before `next build`. */
const CLI = path.join('lib', 'cli', 'run.mjs');

/** One build of `corpus` into DIST_DIR as `npm run build` makes it (`sverka analyse`, then `next build`), measured. */
async function measuredBuild(corpus: string, cacheDir: string): Promise<BuildRun> {
  const start = performance.now();
  let peakBytes = 0;
  const cpuByProcess = new Map<number, number>();
  for (const command of [[CLI, 'analyse', corpus], [NEXT_BIN, 'build']]) {
    const child = spawn(process.execPath, command, { env: { ...appEnv(corpus, DIST_DIR), SVERKA_CACHE_DIR: cacheDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    const sampler = setInterval(() => {
      const tree = processTree(child.pid!);
      peakBytes = Math.max(peakBytes, tree.reduce((sum, pid) => sum + residentBytes(pid), 0));
      for (const pid of tree) cpuByProcess.set(pid, Math.max(cpuByProcess.get(pid) ?? 0, ownCpuSeconds(pid)));
    }, MEMORY_SAMPLE_MS);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(sampler);
    if (code !== 0) throw new Error(`${command.join(' ')} failed:\n${output}`);
  }
  const cpuSeconds = [...cpuByProcess.values()].reduce((sum, seconds) => sum + seconds, 0);
  return { wallSeconds: (performance.now() - start) / 1000, cpuSeconds, peakBytes };
}

/** Queries run against the built search index: words and pairs of words drawn from the corpus. */
const SEARCH_QUERIES = 200;

/**
 * The 95th percentile, in ms, of queries run cold (each one loading the index files it needs, as
 * the search page does) against the search files the build wrote.
 */
async function coldQueryP95(corpus: string, slugs: string[]): Promise<number> {
  const dataDir = path.join(DIST_DIR, 'server', 'app', 'search', 'data');
  const lazy = await LazySearchIndex.open(async (file) => JSON.parse(readFileSync(path.join(dataDir, `${file}.body`), 'utf8')));
  const next = random(1952);
  const times: number[] = [];
  while (times.length < SEARCH_QUERIES) {
    const slug = slugs[Math.floor(next() * slugs.length)];
    const words = wordsOf(readFileSync(path.join(corpus, slug, next() < 0.5 ? 'ru.md' : 'en.md'), 'utf8'));
    if (words.length < 2) continue;
    const at = Math.floor(next() * (words.length - 1));
    const query = next() < 0.7 ? words[at] : `${words[at]} ${words[at + 1]}`;
    const start = performance.now();
    await lazy.search(query, {}, RESULT_DOCUMENTS_PER_PAGE);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(0.95 * times.length)];
}

/** Bytes of the search manifest in the build output. */
function manifestBytes(): number {
  return statSync(path.join(DIST_DIR, 'server', 'app', 'search', 'data', 'manifest.json.body')).size;
}

const describe = (run: BuildRun) => `${run.wallSeconds.toFixed(0)} s wall, ${run.cpuSeconds.toFixed(0)} s CPU, peak ${(run.peakBytes / 2 ** 20).toFixed(0)} MB`;

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((size) => Number.isInteger(size) && size > 0);
  const figures: Figure[] = [];
  let largest: { size: number; manifest: number; p95: number } | undefined;
  for (const size of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
    const corpus = mkdtempSync(path.join(tmpdir(), 'sverka-build-bench-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'sverka-build-bench-cache-'));
    try {
      const slugs = writeBuildCorpus(corpus, size);
      rmSync(DIST_DIR, { recursive: true, force: true });
      // A cold build: no dist folder, no analyses on disk.
      const cold = await measuredBuild(corpus, cacheDir);
      console.log(`${size} documents: ${describe(cold)} (${readdirSync(corpus).length} folders)`);
      // A person fixes one paragraph of one document and builds again.
      appendFileSync(path.join(corpus, slugs[Math.floor(slugs.length / 2)], 'en.md'), '\nOne sentence added by the build benchmark.\n');
      const rebuild = await measuredBuild(corpus, cacheDir);
      console.log(`${size} documents, one edited: ${describe(rebuild)}`);
      figures.push([`build ${size} documents`, `${describe(cold)}; ${(cold.wallSeconds / size).toFixed(2)} s per document`]);
      figures.push([`rebuild ${size} documents, one edited`, describe(rebuild)]);
      largest = { size, manifest: manifestBytes(), p95: await coldQueryP95(corpus, slugs) };
    } finally {
      rmSync(corpus, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  if (largest) figures.push([`search on the ${largest.size}-document build`, `manifest ${(largest.manifest / 1024).toFixed(1)} kB; ${SEARCH_QUERIES} cold queries in Node, p95 ${largest.p95.toFixed(1)} ms`]);
  rmSync(DIST_DIR, { recursive: true, force: true });
  printFigures('build', figures, { save: sizes.length === 0 });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
