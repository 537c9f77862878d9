/**
 * Import stage: an archive page saved as text or Markdown, or an alignment made in another tool
 * (TMX, TSV), becomes a corpus document.
 *
 * `importPage` reads and takes a page apart without touching the corpus; `importFile` and
 * `importAlignedFile` also write the folder (whole or not at all, under the document's lock).
 * They report every dropped line, every conversion and every warning for the CLI to print.
 */
import path from 'node:path';
import { corpusDirectory } from '../corpus';
import { displayPath, readBoundedFile } from '../files';
import { decodeSource, MAX_SOURCE_BYTES } from '../text';
import type { Problem } from '../types';
import { extractPage, type ExtractedPage } from './extract';
import { type ImportFiles, writeCorpusFolder, type WriteResult } from './write';
import { paragraphsToMarkdown } from './markdown';
import { type ImportOptions, UnreadablePage } from './options';

export { UnreadablePage } from './options';
export type { ImportOptions } from './options';

export { ImportRefused, writeCorpusFolder } from './write';
export type { ImportFiles, ImportSource, WriteResult, WriteStatus } from './write';
export { paragraphsToMarkdown, RoundTripError } from './markdown';
export { scriptOf } from './extract';
export { slugify } from './citation';
export type { BodyParagraph, DroppedLine, ExtractedPage, LedgerEntry } from './extract';
export { AlignedImportError, readTmx, readTsv } from './aligned';
export type { AlignedImport } from './aligned';
export { ALIGNED_PROPS, CHARACTER_PLACEHOLDER, PARAGRAPH_SEPARATOR, TSV_RECORD_COLUMN } from './aligned-format';
export { importAlignedFile, isAlignedFile } from './aligned-document';
export type { ImportedAlignment } from './aligned-document';

/** A page taken apart and rendered, ready to be written. */
export interface ImportedPage extends ExtractedPage {
  files: ImportFiles;
  /** Repairs made while decoding (BOM, CRLF, a legacy encoding) and things an editor should check. */
  notices: Problem[];
}

/** Read and take apart a page without writing anything. */
export function importPage(bytes: Uint8Array, file: string, options: Pick<ImportOptions, 'slug'> = {}): ImportedPage {
  const decoded = decodeSource(bytes, file);
  if (decoded.text === undefined) throw new UnreadablePage(decoded.problems);
  const page = extractPage(decoded.text, file);
  if (options.slug) page.slug = options.slug;
  const texts: Record<string, string> = {};
  if (page.ru.length > 0) texts['ru.md'] = paragraphsToMarkdown(page.ru, path.basename(file));
  if (page.en.length > 0) texts['en.md'] = paragraphsToMarkdown(page.en, path.basename(file));
  return { ...page, files: { meta: page.meta, texts }, notices: [...decoded.problems, ...page.warnings] };
}

/** Import one page file into the corpus. */
export async function importFile(file: string, options: ImportOptions = {}): Promise<ImportedPage & WriteResult & { folder: string }> {
  const bytes = await readBoundedFile(file, MAX_SOURCE_BYTES);
  const page = importPage(bytes, file, options);
  const out = options.out ?? corpusDirectory();
  const result = await writeCorpusFolder(out, page.slug, page.files, { name: path.basename(file), bytes }, { force: options.force });
  return { ...page, ...result, folder: displayPath(path.join(/* turbopackIgnore: true */ out, page.slug)) };
}
