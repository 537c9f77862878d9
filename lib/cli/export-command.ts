/**
 * `sverka export texts/<slug> --format tmx|tsv|json|bibtex|ris|csl`: the aligned text or the
 * bibliographic record of a corpus document, on stdout.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toBibtex, toCslJson, toRis, toTmx, toTsv } from '../export';
import { getDocumentView } from '../view';
import { loadDocument } from '../corpus';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const EXPORT_USAGE = 'export texts/<slug> --format tmx|tsv|json|bibtex|ris|csl [--base-url URL]   aligned text or citation record';

const FORMATS = ['tmx', 'tsv', 'json', 'bibtex', 'ris', 'csl'] as const;
/** Where the reader is served when no --base-url is given: the README's `npm run serve`. */
const DEFAULT_BASE_URL = 'http://localhost:3000';

/** Run the export command; returns the process exit code. */
export async function runExport(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, 'base-url': { type: 'string' } } });
  const format = values.format as (typeof FORMATS)[number] | undefined;
  if (positionals.length !== 1 || !format || !FORMATS.includes(format)) {
    output.error(`usage: sverka ${EXPORT_USAGE}`);
    return 2;
  }
  const corpus = path.dirname(path.resolve(positionals[0]));
  const slug = path.basename(path.resolve(positionals[0]));
  const [document, view] = await Promise.all([loadDocument(slug, corpus), getDocumentView(slug, corpus)]);
  if (!document?.meta || !view || !('reader' in view)) {
    output.error(`${positionals[0]}: not a readable document of the corpus`);
    return 1;
  }
  const url = `${values['base-url'] ?? DEFAULT_BASE_URL}/documents/${slug}`;
  const aligned = {
    slug, title: document.meta.title, beads: view.reader.beads,
    ru: document.ru?.paragraphs.map((p) => p.text) ?? [], en: document.en[0]?.paragraphs.map((p) => p.text) ?? [],
  };
  const rendered = {
    tmx: () => toTmx(aligned),
    tsv: () => toTsv(aligned),
    json: () => `${JSON.stringify({ ...aligned, meta: document.meta, notes: view.reader.notes, findings: view.reader.findings }, null, 2)}\n`,
    bibtex: () => toBibtex(document.meta!, { slug, url }),
    ris: () => toRis(document.meta!, { slug, url }),
    csl: () => toCslJson(document.meta!, { slug, url }),
  }[format]();
  output.line(rendered.replace(/\n$/, ''));
  return 0;
}
