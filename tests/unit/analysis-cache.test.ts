/**
 * The analysis cache on disk: a build's worker processes and the next build read a document's
 * analysis instead of recomputing it, and never read a stale or damaged one.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Analysis } from '../../lib/analysis';
import { isReadable, loadCorpus, loadDocument } from '../../lib/corpus';

const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';

let cacheDir: string;
let corpus: string;

/** A fresh copy of the analysis module (its in-memory cache empty), as a new build worker has. */
function freshAnalysis(): typeof import('../../lib/analysis') {
  let fresh: typeof import('../../lib/analysis') | undefined;
  jest.isolateModules(() => {
    fresh = jest.requireActual<typeof import('../../lib/analysis')>('../../lib/analysis');
  });
  return fresh!;
}

async function entryFiles(): Promise<string[]> {
  const files = await readdir(cacheDir, { recursive: true });
  return files.filter((file) => file.endsWith('.json')).map((file) => path.join(cacheDir, file));
}

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'sverka-analysis-cache-'));
  corpus = await mkdtemp(path.join(tmpdir(), 'sverka-analysis-corpus-'));
  await cp(path.join('texts', TELEGRAM), path.join(corpus, TELEGRAM), { recursive: true });
  process.env.SVERKA_CACHE_DIR = cacheDir;
});

afterEach(async () => {
  delete process.env.SVERKA_CACHE_DIR;
  await rm(cacheDir, { recursive: true, force: true });
  await rm(corpus, { recursive: true, force: true });
});

test('another process reads the analysis a first one wrote, equal to computing it, word lexicon included', async () => {
  const document = (await loadDocument(TELEGRAM, corpus))!;
  const computed = freshAnalysis().analyseDocument(document);
  expect(await entryFiles()).toHaveLength(1);
  expect(computed.lexicon).toBeInstanceOf(Map);

  // A second process: its analysis comes from the file (changing the file shows which was used).
  const [file] = await entryFiles();
  const stored = JSON.parse(await readFile(file, 'utf8')) as Analysis;
  await writeFile(file, JSON.stringify({ ...stored, confidences: stored.confidences.map(() => 0.5) }));
  const read = freshAnalysis().analyseDocument(document);
  expect(read.confidences.every((confidence) => confidence === 0.5)).toBe(true);

  await writeFile(file, JSON.stringify(stored));
  const restored = freshAnalysis().analyseDocument(document);
  expect(restored).toEqual(computed);
  expect(restored.lexicon).toBeInstanceOf(Map);
});

test('an edited text is analysed again, and a damaged entry is recomputed and replaced', async () => {
  const before = freshAnalysis().analyseDocument((await loadDocument(TELEGRAM, corpus))!);
  await appendFile(path.join(corpus, TELEGRAM, 'en.md'), '\nA paragraph added after the first build.\n');
  const edited = freshAnalysis().analyseDocument((await loadDocument(TELEGRAM, corpus))!);
  expect(edited.en.length).toBe(before.en.length + 1);
  expect(await entryFiles()).toHaveLength(2);

  for (const file of await entryFiles()) await writeFile(file, '{"beads": [');
  const again = freshAnalysis().analyseDocument((await loadDocument(TELEGRAM, corpus))!);
  expect(again).toEqual(edited);
  const rewritten = await Promise.all((await entryFiles()).map((file) => readFile(file, 'utf8')));
  expect(rewritten.filter((text) => text.startsWith('{"ru"'))).toHaveLength(1);
});

test('under Jest without SVERKA_CACHE_DIR nothing is written', async () => {
  delete process.env.SVERKA_CACHE_DIR;
  freshAnalysis().analyseDocument((await loadDocument(TELEGRAM, corpus))!);
  expect(await entryFiles()).toHaveLength(0);
});

test('`sverka analyse` fills the cache on two processes, and a build process then reads every document from it', async () => {
  await cp('texts', corpus, { recursive: true });
  const analyse = () => spawnSync(process.execPath, [path.join('lib', 'cli', 'run.mjs'), 'analyse', corpus, '--jobs', '2'], {
    encoding: 'utf8', env: { ...process.env, SVERKA_CACHE_DIR: cacheDir },
  });
  const run = analyse();
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^5 document\(s\): 5 analysed, 0 unchanged since the last run; [\d.]+ s, 2 process\(es\)\n$/);
  // Each readable document once, whichever process analysed it.
  const documents = await loadCorpus(corpus);
  expect(await entryFiles()).toHaveLength(documents.filter(isReadable).length);
  // A build process finds every one of them (no new entry is written) and reads what it would have computed.
  const fromCache = documents.filter(isReadable).map((document) => freshAnalysis().analyseDocument(document));
  expect(await entryFiles()).toHaveLength(documents.filter(isReadable).length);
  delete process.env.SVERKA_CACHE_DIR;
  const computed = documents.filter(isReadable).map((document) => freshAnalysis().analyseDocument(document));
  expect(fromCache).toEqual(computed);
  process.env.SVERKA_CACHE_DIR = cacheDir;

  // Run again: nothing is read; after an edit, only the edited document.
  expect(analyse().stdout).toMatch(/^5 document\(s\): 0 analysed, 5 unchanged/);
  await appendFile(path.join(corpus, TELEGRAM, 'en.md'), '\nA paragraph added before the next build.\n');
  expect(analyse().stdout).toMatch(/^5 document\(s\): 1 analysed, 4 unchanged/);
});

test('`sverka analyse` on a folder that is not there says so, in one line', () => {
  const run = spawnSync(process.execPath, [path.join('lib', 'cli', 'run.mjs'), 'analyse', path.join(corpus, 'no-such-folder')], {
    encoding: 'utf8', env: { ...process.env, SVERKA_CACHE_DIR: cacheDir },
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(`${path.join(corpus, 'no-such-folder')}: the corpus folder cannot be read\n`);
});
