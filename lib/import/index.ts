/**
 * Import stage: an archive page, saved as text or Markdown, becomes a corpus document.
 *
 * `importPage` reads and takes the page apart without touching the corpus; `importFile` also
 * writes the folder. Both report every dropped line and every warning for the CLI to print.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeSource } from '../text';
import type { Problem } from '../types';
import { extractPage, type ExtractedPage } from './extract';
import { type CorpusFiles, renderFiles, writeCorpusFolder, type WriteStatus } from './write';

export { ImportRefused } from './write';
export { paragraphsToMarkdown, RoundTripError } from './markdown';
export { scriptOf } from './extract';
export { slugify } from './citation';
export type { BodyParagraph, DroppedLine, ExtractedPage, LedgerEntry } from './extract';
export type { CorpusFiles, WriteStatus } from './write';
export { writeCorpusFolder } from './write';

/** A page that cannot be read as text at all. */
export class UnreadablePage extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n'));
  }
}

/** A page taken apart and rendered, ready to be written. */
export interface ImportedPage extends ExtractedPage {
  files: CorpusFiles;
  /** Repairs made while decoding (BOM, CRLF) and things an editor should check. */
  notices: Problem[];
}

/** Options of `importFile`. */
export interface ImportOptions {
  /** Corpus folder to write into. Default: `texts`. */
  out?: string;
  /** Replace a folder that was edited by hand since it was imported. Default: false. */
  force?: boolean;
  /** Folder name to use instead of the one derived from date, sender and addressee. */
  slug?: string;
}

/** Read and take apart a page without writing anything. */
export function importPage(bytes: Uint8Array, file: string, options: Pick<ImportOptions, 'slug'> = {}): ImportedPage {
  const decoded = decodeSource(bytes, file);
  if (decoded.text === undefined) throw new UnreadablePage(decoded.problems);
  const page = extractPage(decoded.text, file);
  if (options.slug) page.slug = options.slug;
  const files = renderFiles(page, { name: path.basename(file), bytes });
  return { ...page, files, notices: [...decoded.problems, ...page.warnings] };
}

/** Import one page file into the corpus. */
export async function importFile(file: string, options: ImportOptions = {}): Promise<ImportedPage & { status: WriteStatus; folder: string }> {
  const page = importPage(await readFile(file), file, options);
  const out = options.out ?? 'texts';
  const status = await writeCorpusFolder(out, page.slug, page.files, { force: options.force });
  return { ...page, status, folder: path.join(out, page.slug) };
}
