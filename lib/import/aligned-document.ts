/**
 * An alignment file (TMX or TSV) as a corpus document: its texts as ru.md and en.md, its beads
 * pinned in alignment.yml, and its record restored from the TMX header or the TSV's document.yml
 * column when Sverka exported it.
 */
import path from 'node:path';
import { corpusDirectory, writePins } from '../corpus';
import { displayPath, readBoundedFile } from '../files';
import { parseTitle, readMetadata } from '../metadata';
import { parseMarkdown } from '../parse';
import { decodeSource, MAX_SOURCE_BYTES } from '../text';
import type { DocumentMeta, Lang, Problem } from '../types';
import { type AlignedImport, readTmx, readTsv } from './aligned';
import { makeSlug } from './citation';
import { paragraphsToMarkdown } from './markdown';
import { type ImportFiles, writeCorpusFolder, type WriteResult } from './write';
import { type ImportOptions, UnreadablePage } from './options';

/** An alignment file imported: what it held, where it went, and what was converted on the way. */
export interface ImportedAlignment extends WriteResult {
  aligned: AlignedImport;
  folder: string;
  notices: Problem[];
}

/** True for the file names `importAlignedFile` reads (.tmx, .tsv). */
export function isAlignedFile(file: string): boolean {
  return /\.(tmx|tsv)$/i.test(file);
}

/** Import a TMX or TSV file as a corpus document with every bead pinned. */
export async function importAlignedFile(file: string, options: ImportOptions = {}): Promise<ImportedAlignment> {
  const bytes = await readBoundedFile(file, MAX_SOURCE_BYTES);
  const decoded = decodeSource(bytes, file);
  if (decoded.text === undefined) throw new UnreadablePage(decoded.problems);
  const aligned = /\.tmx$/i.test(file) ? readTmx(decoded.text, file) : readTsv(decoded.text, file);
  const name = path.basename(file);
  const { meta, problems } = recordOf(aligned, name, file);
  const slug = options.slug ?? aligned.slug ?? makeSlug(meta.date, parseTitle(meta.title), meta.title);
  const texts: Record<string, string> = {};
  if (aligned.ru.length > 0) texts['ru.md'] = sideMarkdown(aligned, 'ru', name);
  if (aligned.en.length > 0) texts['en.md'] = sideMarkdown(aligned, 'en', name);
  // Pins need both texts; a one-sided document has nothing to align.
  if (aligned.ru.length > 0 && aligned.en.length > 0) texts['alignment.yml'] = writePins(aligned.beads, `Imported alignment (${name}): every bead is pinned, as the source tool had it.`);
  const files: ImportFiles = { meta, texts };
  const out = options.out ?? corpusDirectory();
  const result = await writeCorpusFolder(out, slug, files, { name, bytes }, { force: options.force });
  return { ...result, aligned, folder: displayPath(path.join(/* turbopackIgnore: true */ out, slug)), notices: [...decoded.problems, ...problems] };
}

/**
 * The document record: the one Sverka carried in the TMX or TSV, else a title from the file and a
 * remark saying where it came from. What the carried record could not give is said, with its line.
 */
function recordOf(aligned: AlignedImport, name: string, file: string): { meta: DocumentMeta; problems: Problem[] } {
  const title = aligned.title ?? name.replace(/\.(tmx|tsv)$/i, '');
  const fallback: DocumentMeta = { title, kind: 'other', locators: [], remarks: `Imported from ${name}, an alignment made in another tool.` };
  if (aligned.record === undefined) return { meta: fallback, problems: [] };
  const { meta, problems } = readMetadata(aligned.record, `${file} (the document.yml it carries)`);
  if (meta) return { meta, problems };
  return {
    meta: fallback,
    problems: [...problems, { file, line: 1, code: 'record-unreadable', severity: 'warning',
      message: 'the document.yml this file carries cannot be read (see above); the document gets a minimal record: fix document.yml by hand' }],
  };
}

/**
 * A side's Markdown: each paragraph as it was written where the file carries that and it still
 * reads as the segment's text (it was not edited in another tool), else the text written anew.
 */
function sideMarkdown(aligned: AlignedImport, lang: Lang, name: string): string {
  return aligned[lang].map((text, index) => {
    const written = aligned.markdown[lang][index];
    if (written !== undefined) {
      const { paragraphs } = parseMarkdown(written, name);
      if (paragraphs.length === 1 && paragraphs[0].text === text) return written;
    }
    return paragraphsToMarkdown([{ line: index + 1, lines: text.split('\n') }], name).replace(/\n$/, '');
  }).join('\n\n') + '\n';
}
