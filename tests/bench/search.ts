/**
 * `npm run bench:search`: the search index on a 1,000-document corpus of about 50,000 passages.
 *
 * Reports the time to build the index, its size on disk against the size of the text it
 * indexes, and query latency, median and p95, over 200 mixed Russian and English queries (words,
 * word pairs, phrases, names across scripts, some with facets), in Node and in Chromium. "Cold"
 * is the first run of each query, including the fetches of the shards and texts it needs;
 * "warm" runs the same queries again. Figures are measurements on a shared machine, not limits.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildSearchIndex, indexFiles, LazySearchIndex, RESULT_DOCUMENTS_PER_PAGE as DOCUMENTS_PER_PAGE, type SearchFacets, wordsOf } from '../../lib/search';
import { openBrowser } from '../browser/chromium';
import { printFigures } from './report';
import { random } from './random';
import { searchCorpus } from './search-corpus';

/** Queries per run, as the issue asks. */
const QUERIES = 200;

interface BenchQuery { query: string; facets: SearchFacets }

/** 200 queries drawn from the corpus itself, so that most find something, mixed like a historian's session. */
function makeQueries(corpus: ReturnType<typeof searchCorpus>): BenchQuery[] {
  const next = random(2026);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const queries: BenchQuery[] = [];
  while (queries.length < QUERIES) {
    const document = pick(corpus);
    const lang = next() < 0.5 ? 'ru' : 'en';
    const words = wordsOf(pick(document[lang]) ?? '');
    if (words.length < 3) continue;
    const roll = next();
    const at = Math.floor(next() * (words.length - 1));
    let query: string;
    if (roll < 0.6) query = words[at];
    else if (roll < 0.75) query = `${words[at]} ${pick(words)}`;
    else if (roll < 0.9) query = `"${words[at]} ${words[at + 1]}"`;
    else query = words.find((word) => /^\p{Lu}\p{Ll}{2,}/u.test(word)) ?? words[at];
    const facets: SearchFacets = next() < 0.25 ? { dateFrom: document.date!.slice(0, 4), dateTo: document.date!.slice(0, 4) } : {};
    queries.push({ query, facets });
  }
  return queries;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function describe(times: number[]): string {
  return `median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(1)} ms`;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs every query once cold, then again warm, against a lazily loaded index; returns both lists of ms. */
const PAGE_SCRIPT = `(async ({ queries, limit }) => {
  const lazy = await window.SverkaSearch.LazySearchIndex.open(async (file) => (await fetch('/data/' + file)).json());
  const runs = [];
  for (let pass = 0; pass < 2; pass++) {
    const times = [];
    for (const { query, facets } of queries) {
      const start = performance.now();
      await lazy.search(query, facets, limit);
      times.push(performance.now() - start);
    }
    runs.push(times);
  }
  return runs;
})`;

async function main(): Promise<void> {
  const corpus = searchCorpus();
  const passages = corpus.reduce((sum, document) => sum + document.beads.length, 0);
  const textBytes = corpus.reduce((sum, document) => sum + Buffer.byteLength(`${document.ru.join('\n\n')}\n${document.en.join('\n\n')}\n`), 0);

  let start = performance.now();
  const index = buildSearchIndex(corpus);
  const buildMs = performance.now() - start;
  start = performance.now();
  const files = indexFiles(index);
  const directory = mkdtempSync(path.join(tmpdir(), 'sverka-search-bench-'));
  const sizes = { manifest: 0, shards: 0, shardsGzip: 0, texts: 0 };
  for (const [name, data] of files) {
    const json = JSON.stringify(data);
    writeFileSync(path.join(directory, name), json);
    const bytes = Buffer.byteLength(json);
    if (name.startsWith('shard-')) {
      sizes.shards += bytes;
      sizes.shardsGzip += gzipSync(json).length;
    } else if (name.startsWith('text-')) sizes.texts += bytes;
    else sizes.manifest = bytes;
  }
  const writeMs = performance.now() - start;
  const queries = makeQueries(corpus);

  const lazy = await LazySearchIndex.open(async (file) => JSON.parse(readFileSync(path.join(directory, file), 'utf8')));
  const nodeRuns: number[][] = [];
  let hits = 0;
  for (let pass = 0; pass < 2; pass++) {
    const times: number[] = [];
    for (const { query, facets } of queries) {
      const begin = performance.now();
      const results = await lazy.search(query, facets, DOCUMENTS_PER_PAGE);
      times.push(performance.now() - begin);
      if (pass === 0) hits += results.hits.length;
    }
    nodeRuns.push(times);
  }

  const browserRuns = await inChromium(directory, queries);
  rmSync(directory, { recursive: true, force: true });
  const postingsBytes = sizes.manifest + sizes.shards;
  printFigures('search', [
    ['corpus', `${corpus.length} documents, ${passages} passages, ${MB(textBytes)} of Russian and English text (UTF-8)`],
    ['index build', `${(buildMs / 1000).toFixed(1)} s to index, ${(writeMs / 1000).toFixed(1)} s to encode and write the files`],
    ['index on disk', `${MB(postingsBytes)} (manifest ${kB(sizes.manifest)} + ${index.shardCount} shards ${MB(sizes.shards)}, ${MB(sizes.shardsGzip)} gzipped) = ${(100 * postingsBytes / textBytes).toFixed(1)}% of the text`],
    ['passage texts for results', `${MB(sizes.texts)} in ${corpus.length} files, fetched per document shown`],
    ['queries', `${QUERIES} mixed (words, pairs, phrases, names; a quarter with a date facet); ${hits} hits shown on their first pages`],
    ['Node, cold', describe(nodeRuns[0])],
    ['Node, warm', describe(nodeRuns[1])],
    ['Chromium, cold (with fetches)', describe(browserRuns[0])],
    ['Chromium, warm', describe(browserRuns[1])],
  ]);
}

/** The same queries in Chromium, against the files served over loopback, with lib/search bundled for the browser. */
async function inChromium(directory: string, queries: BenchQuery[]): Promise<number[][]> {
  const bundle = await build({
    stdin: { contents: "import { LazySearchIndex } from './lib/search'; window.SverkaSearch = { LazySearchIndex };", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, format: 'iife', platform: 'browser', write: false, minify: true,
  });
  const script = bundle.outputFiles[0].text;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script src="/search.js"></script>');
    } else if (url.pathname === '/search.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else if (/^\/data\/[\w.-]+\.json$/.test(url.pathname)) {
      try {
        response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(path.join(directory, path.basename(url.pathname))));
      } catch {
        response.writeHead(404).end();
      }
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await page.evaluate(`${PAGE_SCRIPT}(${JSON.stringify({ queries, limit: DOCUMENTS_PER_PAGE })})`) as number[][];
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
