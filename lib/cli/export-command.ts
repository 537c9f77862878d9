/**
 * `sverka export texts/<slug> --format tmx|tsv|json|bibtex|ris|csl`: the aligned text or the
 * bibliographic record of a corpus document, on stdout.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, renderDocumentExport, type ExportFormat } from '../export';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const EXPORT_USAGE = 'export texts/<slug> --format tmx|tsv|json|bibtex|ris|csl [--site-url URL]   aligned text or citation record (URL: the public site, default $SVERKA_SITE_URL)';

/** Run the export command; returns the process exit code. */
export async function runExport(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, 'site-url': { type: 'string' } } });
  const format = values.format as ExportFormat | undefined;
  if (positionals.length !== 1 || !format || !(format in EXPORT_FORMATS)) {
    output.error(`usage: sverka ${EXPORT_USAGE}`);
    return 2;
  }
  const rendered = await renderDocumentExport(path.basename(path.resolve(positionals[0])), format, {
    corpusDir: path.dirname(path.resolve(positionals[0])), siteUrl: values['site-url'],
  });
  if (rendered === undefined) {
    output.error(`${positionals[0]}: not a readable document of the corpus`);
    return 1;
  }
  output.line(rendered.replace(/\n$/, ''));
  return 0;
}
