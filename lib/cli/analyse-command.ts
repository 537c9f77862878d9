/**
 * `sverka analyse [corpus] [--jobs N]`: analyse every document of the corpus ahead of a build, on
 * every core, into the analysis cache (lib/analysis/disk-cache.ts), so that `next build` only reads
 * the results. `npm run build` runs it first. Documents already analysed in their current state
 * are read back, not recomputed. The work is split among child processes (`--part K/N` runs one
 * share), because one Node process aligns on one core.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { analyseDocument, analysisCacheFolder } from '../analysis';
import { corpusDirectory, isReadable, listSlugs, loadDocument } from '../corpus';
import type { Output } from './output';

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
    await analyseShare(corpus, Number(part[1]), Number(part[2]));
    return 0;
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    output.error(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
    return 2;
  }
  const started = performance.now();
  const script = launcher();
  const children = script ? Array.from({ length: jobs - 1 }, (_, index) => runChild(script, corpus, index + 1, jobs)) : [];
  const own = await analyseShare(corpus, 0, script ? jobs : 1);
  const failed = (await Promise.all(children)).filter((code) => code !== 0).length;
  if (failed > 0) {
    output.error(`${failed} of the ${jobs} analysing processes failed`);
    return 1;
  }
  const documents = (await listSlugs(corpus)).length;
  output.line(`${documents} document(s) analysed in ${((performance.now() - started) / 1000).toFixed(1)} s by ${script ? jobs : 1} process(es), ${own} readable one(s) in this one`);
  return 0;
}

/** Analyse the documents whose place in the sorted folder list is K modulo N; returns how many were readable. */
async function analyseShare(corpus: string, part: number, parts: number): Promise<number> {
  let analysed = 0;
  const slugs = await listSlugs(corpus);
  for (let index = part; index < slugs.length; index += parts) {
    const document = await loadDocument(slugs[index], corpus);
    if (!document || !isReadable(document)) continue;
    analyseDocument(document);
    analysed++;
  }
  return analysed;
}

/** One share in a child process; resolves with its exit code. Its errors go to this process's stderr. */
function runChild(script: string, corpus: string, part: number, parts: number): Promise<number> {
  const child = spawn(process.execPath, [script, 'analyse', corpus, '--part', `${part}/${parts}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}
