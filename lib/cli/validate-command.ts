/**
 * `sverka validate [corpus] [--fix]`: list every problem in the corpus, by file and line.
 * Exits 1 when there is any. `--fix` rewrites files whose only trouble is a byte-order mark or
 * CRLF line ends, which the loader already repairs in memory.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { corpusDirectory, isReadable, loadCorpus } from '../corpus';
import type { Problem } from '../types';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const VALIDATE_USAGE = 'validate [corpus] [--fix]   list every problem in the corpus; exit 1 if any';

/** Problems `--fix` can repair in place. */
const FIXABLE = new Set(['bom', 'stray-bom', 'crlf']);

/** Run the validate command; returns the process exit code. */
export async function runValidate(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { fix: { type: 'boolean', default: false } } });
  const corpus = positionals[0] ?? corpusDirectory();
  const documents = await loadCorpus(corpus);
  let problems: Problem[] = documents.flatMap((document) => document.problems);
  if (values.fix) problems = await fixNormalisations(problems, output);
  for (const problem of problems) {
    output.line(`${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}: ${problem.severity} [${problem.code}] ${problem.message}`);
  }
  const readable = documents.filter(isReadable).length;
  output.line(`${documents.length} document(s), ${readable} readable, ${problems.length} problem(s)`);
  return problems.length > 0 ? 1 : 0;
}

async function fixNormalisations(problems: Problem[], output: Output): Promise<Problem[]> {
  const files = new Set(problems.filter((problem) => FIXABLE.has(problem.code)).map((problem) => problem.file));
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^\uFEFF/, '').split('\uFEFF').join('').replace(/\r\n?/g, '\n'), 'utf8');
    output.line(`${file}: fixed byte-order marks and line ends`);
  }
  return problems.filter((problem) => !FIXABLE.has(problem.code));
}
