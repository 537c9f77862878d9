/**
 * `sverka validate [corpus] [--fix]`: list every problem in the corpus, by file and line.
 * Exits 1 when there is any. `--fix` rewrites files whose only trouble is a byte-order mark or
 * CRLF line ends, which the loader already repairs in memory.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyseDocument } from '../analysis';
import { corpusDirectory, isReadable, loadCorpus } from '../corpus';
import { displayPath, findLeftovers, readBoundedFile, withDocumentLock, writeFileAtomic } from '../files';
import { placeDoubts } from '../ocr';
import { decodeSource, MAX_SOURCE_BYTES } from '../text';
import type { Document, Problem } from '../types';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const VALIDATE_USAGE = 'validate [corpus] [--fix]   list every problem in the corpus; exit 1 if any';

/** A bilingual document whose English does not seem to translate its Russian (see lib/align/confidence). */
function correspondenceProblems(document: Document, corpus: string): Problem[] {
  if (!isReadable(document) || !document.ru || !document.en[0]) return [];
  const { mismatch } = analyseDocument(document);
  if (!mismatch) return [];
  return [{ file: displayPath(path.join(corpus, document.slug, document.en[0].file)), line: 1, code: 'texts-differ', severity: 'warning', message: mismatch }];
}

/**
 * Russian texts read by OCR that no person has checked yet: not a problem (the reader marks them),
 * but a reviewer's to-do, with the words still to check.
 */
function unreviewedOcr(documents: Document[], corpus: string): string[] {
  return documents.filter((document) => isReadable(document) && document.ru && document.meta?.ocr && !document.meta.ocr.reviewed).map((document) => {
    const doubts = placeDoubts(document.ocr?.doubts ?? [], document.ru!.paragraphs.map((paragraph) => paragraph.text)).length;
    return `${displayPath(path.join(corpus, document.slug, 'ru.md'))}: read from a scan by OCR and not yet reviewed (${doubts} word${doubts === 1 ? '' : 's'} to check); `
      + 'set "reviewed: true" under "ocr:" in document.yml once it is checked against the scan';
  });
}

/** Problems `--fix` can repair in place: the repairs the loader already makes in memory. */
const FIXABLE = new Set(['bom', 'stray-bom', 'crlf', 'legacy-encoding']);

/** Run the validate command; returns the process exit code. */
export async function runValidate(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { fix: { type: 'boolean', default: false } } });
  const corpus = positionals[0] ?? corpusDirectory();
  if (values.fix) await restoreInterrupted(corpus, output);
  const documents = await loadCorpus(corpus);
  let problems: Problem[] = [...documents.flatMap((document) => [...document.problems, ...correspondenceProblems(document, corpus)]), ...await leftoverProblems(corpus)];
  if (values.fix) problems = await fixNormalisations(problems, corpus, output);
  for (const problem of problems) {
    output.line(`${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}: ${problem.severity} [${problem.code}] ${problem.message}`);
  }
  for (const line of unreviewedOcr(documents, corpus)) output.line(line);
  const readable = documents.filter(isReadable).length;
  output.line(`${documents.length} document(s), ${readable} readable, ${problems.length} problem(s)`);
  return problems.length > 0 ? 1 : 0;
}

/** Rewrite each fixable file as the loader reads it (UTF-8, no byte-order marks, LF), atomically and under its document's lock. */
async function fixNormalisations(problems: Problem[], corpus: string, output: Output): Promise<Problem[]> {
  const files = new Set(problems.filter((problem) => FIXABLE.has(problem.code)).map((problem) => problem.file));
  for (const file of files) {
    const slug = path.basename(path.dirname(path.resolve(file)));
    await withDocumentLock(corpus, slug, async () => {
      const decoded = decodeSource(await readBoundedFile(file, MAX_SOURCE_BYTES), file);
      if (decoded.text === undefined) return;
      await writeFileAtomic(file, decoded.text);
      output.line(`${file}: rewritten as UTF-8 with LF line ends, without byte-order marks`);
    });
  }
  return problems.filter((problem) => !FIXABLE.has(problem.code));
}

/**
 * Finish what interrupted writes left: a document folder set aside and never replaced is put
 * back (taking the document's lock does that), then the leftovers (an old folder the new one
 * already replaced, a staged folder never swapped in) are removed, holding the same lock so that
 * no running write loses its staging folder.
 */
async function restoreInterrupted(corpus: string, output: Output): Promise<void> {
  const bySlug = new Map<string, string[]>();
  for (const name of await findLeftovers(corpus)) {
    const slug = /^\.(.+)\.(?:old|new)-/.exec(name)?.[1];
    if (slug) bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
  }
  for (const [slug, names] of bySlug) {
    await withDocumentLock(corpus, slug, async () => {
      for (const name of await findLeftovers(corpus)) if (names.includes(name)) await rm(path.join(corpus, name), { recursive: true, force: true });
    });
    output.line(`${path.join(corpus, slug)}: finished an interrupted write; the folder is whole`);
  }
}

/** Hidden folders and files an interrupted write left in the corpus (a write restores a set-aside folder by itself). */
async function leftoverProblems(corpus: string): Promise<Problem[]> {
  const leftovers = await findLeftovers(corpus);
  return leftovers.map((name) => ({
    file: displayPath(path.join(corpus, name)), line: 1, code: 'interrupted-write', severity: 'warning' as const,
    message: name.includes('.old-')
      ? 'a write was interrupted: this is a document folder as it was before it; the next import or review of that document restores it if the folder is missing, else delete it'
      : 'a write was interrupted before it finished: nothing in the corpus refers to this; delete it',
  }));
}
