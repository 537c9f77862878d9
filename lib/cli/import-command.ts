/** `sverka import <file…> [--out texts] [--force] [--slug NAME]`: archive pages → corpus documents. */
import { parseArgs } from 'node:util';
import { ImportRefused, importFile, RoundTripError, UnreadablePage } from '../import';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const IMPORT_USAGE = 'import <file…> [--out texts] [--force] [--slug NAME]   import archive pages as corpus documents';

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
      const result = await importFile(file, { out: values.out, force: values.force, slug: values.slug });
      output.line(`${file} → ${result.folder} (${result.status}): ${result.ru.length} Russian and ${result.en.length} English paragraphs`);
      for (const notice of result.notices) output.line(`  ${notice.severity}: ${notice.file}:${notice.line}: ${notice.message}`);
      if (result.dropped.length > 0) {
        output.line(`  dropped ${result.dropped.length} line(s) of site boilerplate:`);
        for (const dropped of result.dropped) output.line(`    ${file}:${dropped.line}: ${JSON.stringify(dropped.text)} (${dropped.reason})`);
      }
    } catch (error) {
      if (!(error instanceof ImportRefused || error instanceof UnreadablePage || error instanceof RoundTripError
        || (error as NodeJS.ErrnoException).code === 'ENOENT')) throw error;
      failures++;
      output.error(error instanceof UnreadablePage || error instanceof RoundTripError ? error.message : `${file}: ${(error as Error).message}`);
    }
  }
  return failures > 0 ? 1 : 0;
}
