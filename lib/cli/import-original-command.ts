/**
 * `sverka import-original texts/<slug> <scan.pdf | page images…>`: the Russian original read from
 * a scan by OCR into ru.md, marked as machine-read until a person sets `reviewed: true` in the
 * `ocr:` record of document.yml.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FileRefused } from '../files';
import { RoundTripError } from '../import';
import { DEFAULT_LANGUAGES, DEFAULT_MAX_PAGES, importOriginal, OcrRefused } from '../ocr';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const IMPORT_ORIGINAL_USAGE = 'import-original texts/<slug> <scan.pdf | page.png…> [--first-leaf N] [--force] [--max-pages N] [--no-images] [--languages rus+eng]   '
  + 'read the Russian original from a scan (OCR) into ru.md';

/** Run the import-original command; returns the process exit code. */
export async function runImportOriginal(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      'first-leaf': { type: 'string' },
      'max-pages': { type: 'string' },
      'no-images': { type: 'boolean', default: false },
      languages: { type: 'string' },
    },
  });
  const [folder, ...scans] = positionals;
  if (!folder || scans.length === 0) {
    output.error(`usage: sverka ${IMPORT_ORIGINAL_USAGE}`);
    return 2;
  }
  const maxPages = values['max-pages'] === undefined ? DEFAULT_MAX_PAGES : Number(values['max-pages']);
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    output.error(`--max-pages ${values['max-pages']}: give a whole number of pages`);
    return 2;
  }
  const resolved = path.resolve(folder);
  try {
    const result = await importOriginal({
      corpusDir: path.dirname(resolved), slug: path.basename(resolved), scans, force: values.force, firstLeaf: values['first-leaf'],
      maxPages, keepImages: !values['no-images'], languages: values.languages ?? DEFAULT_LANGUAGES,
      onPage: (page, of) => output.line(`read page ${page.page} of ${of}: ${page.words} words, mean confidence ${page.meanConfidence}`),
    });
    for (const warning of result.warnings) output.error(`warning: ${warning}`);
    const { record } = result;
    output.line(`${result.file}: ${result.paragraphs} paragraphs from ${record.pages} page${record.pages === 1 ? '' : 's'} (${record.engine}, ${record.languages}), `
      + `mean confidence ${record.meanConfidence}; ${result.doubts} doubtful word${result.doubts === 1 ? '' : 's'} marked for review in ocr.yml`);
    output.line('Check the text against the scan, correct ru.md, then set "reviewed: true" under "ocr:" in document.yml.');
    return 0;
  } catch (error) {
    if (!(error instanceof OcrRefused || error instanceof FileRefused || error instanceof RoundTripError)) throw error;
    output.error(error.message);
    return 1;
  }
}
