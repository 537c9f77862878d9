/**
 * `sverka analyse [corpus] [--jobs N]`: analyse every document of the corpus ahead of a build, on
 * every core, into the analysis cache (lib/analysis/disk-cache.ts), so that `next build` only reads
 * the results. `npm run build` runs it first. Documents already analysed in their current state
 * are skipped without being read (their folder's file names, sizes and times are remembered), so
 * a rebuild after one edit reads one document. The work is split among child processes
 * (`--part K/N` runs one share and prints its counts as JSON), because one Node process aligns on
 * one core.
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyseDocument, analysisCacheFolder, hasAnalysedFolder, recordAnalysedFolder } from '../analysis';
import { corpusDirectory, isReadable, listSlugs, loadDocument } from '../corpus';
import { sha256Hex } from '../text';
import type { Output } from './output';

/** What one share of the work did: documents analysed, and those unchanged since an earlier run. */
interface ShareCounts {
  analysed: number;
  unchanged: number;
}

/** Usage line shown by `sverka help`. */
export const ANALYSE_USAGE = 'analyse [corpus] [--jobs N]   analyse every document into the cache the build reads (npm run build runs it first)';

/** The command that started this process, when it is the CLI's launcher (a test calling main() is not). */
function launcher(): string | undefined {
  const script = process.argv[1];
  return script && /run\.mjs$/.test(script) ? script : undefined;
}

/** Run the analyse command; returns the process exit code. */
export async function runAnalyse(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { jobs: { type: 'string' }, part: { type: 'string' } } });
  const corpus = positionals[0] ?? corpusDirectory();
  if (!analysisCacheFolder()) {
    output.error('no analysis cache here: run this from the project folder (beside lib/ and package-lock.json)');
    return 1;
  }
  if (values.part !== undefined) {
    const part = /^(\d+)\/(\d+)$/.exec(values.part);
    if (!part || Number(part[1]) >= Number(part[2])) {
      output.error(`--part must be K/N with K < N, not "${values.part}"`);
      return 2;
    }
    output.line(JSON.stringify(await analyseShare(corpus, await listSlugs(corpus), Number(part[1]), Number(part[2]))));
    return 0;
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    output.error(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
    return 2;
  }
  const slugs = await listSlugs(corpus).catch(() => undefined);
  if (!slugs) {
    output.error(`${corpus}: the corpus folder cannot be read`);
    return 1;
  }
  const started = performance.now();
  const script = launcher();
  const parts = script ? jobs : 1;
  const children = script ? Array.from({ length: jobs - 1 }, (_, index) => runChild(script, corpus, index + 1, jobs)) : [];
  const shares = [await analyseShare(corpus, slugs, 0, parts), ...await Promise.all(children)];
  if (shares.some((share) => share === undefined)) {
    output.error(`${shares.filter((share) => share === undefined).length} of the ${parts} analysing processes failed`);
    return 1;
  }
  const total = (key: keyof ShareCounts) => shares.reduce((sum, share) => sum + share![key], 0);
  output.line(`${total('analysed') + total('unchanged')} document(s): ${total('analysed')} analysed, ${total('unchanged')} unchanged since the last run; `
    + `${((performance.now() - started) / 1000).toFixed(1)} s, ${parts} process(es)`);
  return 0;
}

/** A document folder's state as the file system tells it without reading: each file's name, size and time. */
async function folderFingerprint(folder: string): Promise<string> {
  const names = (await readdir(folder)).sort();
  const parts = await Promise.all(names.map(async (name) => {
    // A file removed while we look (a write's temporary file) only makes the fingerprint new.
    const info = await stat(path.join(folder, name)).catch(() => undefined);
    return info?.isFile() ? `${name}\0${info.size}\0${info.mtimeMs}` : '';
  }));
  return sha256Hex(`${folder}\n${parts.join('\n')}`);
}

/** Analyse the documents whose place in the sorted folder list `slugs` is K modulo N, skipping folders unchanged since they were analysed. */
async function analyseShare(corpus: string, slugs: string[], part: number, parts: number): Promise<ShareCounts> {
  const counts: ShareCounts = { analysed: 0, unchanged: 0 };
  for (let index = part; index < slugs.length; index += parts) {
    const fingerprint = await folderFingerprint(path.resolve(corpus, slugs[index]));
    if (hasAnalysedFolder(fingerprint)) {
      counts.unchanged++;
      continue;
    }
    const document = await loadDocument(slugs[index], corpus);
    if (document && isReadable(document)) analyseDocument(document);
    recordAnalysedFolder(fingerprint);
    counts.analysed++;
  }
  return counts;
}

/** One share in a child process; resolves with its counts, or undefined when it failed. Its errors go to this process's stderr. */
function runChild(script: string, corpus: string, part: number, parts: number): Promise<ShareCounts | undefined> {
  const child = spawn(process.execPath, [script, 'analyse', corpus, '--part', `${part}/${parts}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  let printed = '';
  child.stdout.on('data', (chunk) => { printed += chunk; });
  return new Promise((resolve) => {
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => {
      try {
        resolve(code === 0 ? JSON.parse(printed) as ShareCounts : undefined);
      } catch {
        resolve(undefined);
      }
    });
  });
}
