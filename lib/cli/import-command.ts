/** `sverka import <file…> [--out texts] [--force] [--slug NAME]`: archive pages, or aligned TMX/TSV files → corpus documents. */
import { parseArgs } from 'node:util';
import { FileRefused } from '../files';
import {
  AlignedImportError, ImportRefused, importAlignedFile, importFile, isAlignedFile, RoundTripError, UnreadablePage, type WriteResult,
} from '../import';
import type { Problem } from '../types';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const IMPORT_USAGE = 'import <file…> [--out texts] [--force] [--slug NAME]   import archive pages, or aligned .tmx/.tsv files, as corpus documents';

/** Refusals a person can act on: printed as one line each, and the other files of the command still import. */
const REFUSALS = [ImportRefused, UnreadablePage, RoundTripError, AlignedImportError, FileRefused];

/** Run the import command; returns the process exit code. */
export async function runImport(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, slug: { type: 'string' } },
  });
  if (positionals.length === 0) {
    output.error(`usage: sverka ${IMPORT_USAGE}`);
    return 2;
  }
  if (values.slug && positionals.length > 1) {
    output.error('--slug names one document: import one file at a time with it');
    return 2;
  }
  const options = { out: values.out, force: values.force, slug: values.slug };
  let failures = 0;
  for (const file of positionals) {
    try {
      if (isAlignedFile(file)) {
        const result = await importAlignedFile(file, options);
        const { ru, en, beads } = result.aligned;
        output.line(`${file} → ${result.folder} (${result.status}): ${ru.length} Russian and ${en.length} English paragraphs in ${beads.length} ${ru.length > 0 && en.length > 0 ? 'pinned ' : ''}beads`);
        reportNotices(file, result, result.notices, output);
        continue;
      }
      const result = await importFile(file, options);
      output.line(`${file} → ${result.folder} (${result.status}): ${result.ru.length} Russian and ${result.en.length} English paragraphs`);
      reportNotices(file, result, result.notices, output);
      if (result.dropped.length > 0) {
        output.line(`  dropped ${result.dropped.length} line(s) of site boilerplate:`);
        for (const dropped of result.dropped) output.line(`    ${file}:${dropped.line}: ${JSON.stringify(dropped.text)} (${dropped.reason})`);
      }
    } catch (error) {
      if (!REFUSALS.some((kind) => error instanceof kind)) throw error;
      failures++;
      output.error(error instanceof ImportRefused ? `${file}: ${error.message}` : (error as Error).message);
    }
  }
  return failures > 0 ? 1 : 0;
}

function reportNotices(file: string, result: WriteResult, notices: Problem[], output: Output): void {
  for (const notice of notices) output.line(`  ${notice.severity}: ${notice.file}:${notice.line}: ${notice.message}`);
  if (result.keptFields.length > 0) {
    output.line(`  kept from the existing document.yml, which the import of ${file} lacks: ${result.keptFields.join(', ')}`);
  }
}
