/** `sverka import <file…> [--out texts] [--force] [--slug NAME]`: archive pages → corpus documents. */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AlignedImportError, pinsFile, readTmx, readTsv } from '../export';
import { ImportRefused, importFile, paragraphsToMarkdown, RoundTripError, UnreadablePage, writeCorpusFolder } from '../import';
import { writeMetadata } from '../metadata';
import { slugify } from '../import';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const IMPORT_USAGE = 'import <file…> [--out texts] [--force] [--slug NAME]   import archive pages, or aligned .tmx/.tsv files, as corpus documents';

/** Run the import command; returns the process exit code. */
export async function runImport(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', default: 'texts' }, force: { type: 'boolean', default: false }, slug: { type: 'string' } },
  });
  if (positionals.length === 0) {
    output.error(`usage: sverka ${IMPORT_USAGE}`);
    return 2;
  }
  if (values.slug && positionals.length > 1) {
    output.error('--slug names one document: import one file at a time with it');
    return 2;
  }
  let failures = 0;
  for (const file of positionals) {
    try {
      if (/\.(tmx|tsv)$/i.test(file)) {
        output.line(await importAligned(file, values.out, values.force, values.slug));
        continue;
      }
      const result = await importFile(file, { out: values.out, force: values.force, slug: values.slug });
      output.line(`${file} → ${result.folder} (${result.status}): ${result.ru.length} Russian and ${result.en.length} English paragraphs`);
      for (const notice of result.notices) output.line(`  ${notice.severity}: ${notice.file}:${notice.line}: ${notice.message}`);
      if (result.dropped.length > 0) {
        output.line(`  dropped ${result.dropped.length} line(s) of site boilerplate:`);
        for (const dropped of result.dropped) output.line(`    ${file}:${dropped.line}: ${JSON.stringify(dropped.text)} (${dropped.reason})`);
      }
    } catch (error) {
      if (!(error instanceof ImportRefused || error instanceof UnreadablePage || error instanceof RoundTripError || error instanceof AlignedImportError
        || (error as NodeJS.ErrnoException).code === 'ENOENT')) throw error;
      failures++;
      output.error(error instanceof UnreadablePage || error instanceof RoundTripError ? error.message : `${file}: ${(error as Error).message}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

/** An alignment made elsewhere (TMX or TSV) as a corpus document, every bead pinned in alignment.yml. */
async function importAligned(file: string, out: string, force: boolean, slugOption?: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  const aligned = /\.tmx$/i.test(file) ? readTmx(text) : readTsv(text);
  const title = aligned.title ?? path.basename(file).replace(/\.(tmx|tsv)$/i, '');
  const slug = slugOption ?? aligned.slug ?? `undated-${slugify(title).slice(0, 60).replace(/-+$/, '')}`;
  const lines = (paragraphs: string[]) => paragraphs.map((paragraph, index) => ({ line: index + 1, lines: paragraph.split('\n') }));
  const files: Record<string, string> = {
    'document.yml': writeMetadata({ title, kind: 'other', locators: [], remarks: `Imported from ${path.basename(file)}, an alignment made in another tool.` }),
    'alignment.yml': pinsFile(aligned.beads),
  };
  if (aligned.ru.length > 0) files['ru.md'] = paragraphsToMarkdown(lines(aligned.ru), file);
  if (aligned.en.length > 0) files['en.md'] = paragraphsToMarkdown(lines(aligned.en), file);
  const status = await writeCorpusFolder(out, slug, files, { force });
  return `${file} → ${path.join(out, slug)} (${status}): ${aligned.ru.length} Russian and ${aligned.en.length} English paragraphs in ${aligned.beads.length} pinned beads`;
}
