/** A corpus document rendered in one export format: the shared core of the CLI's `export` and the reader's downloads. */
import path from 'node:path';
import { documentRecord, documentUrl, siteUrl } from '../cite';
import { corpusDirectory, isReadable, loadDocument, readCorpusText } from '../corpus';
import { paragraphMarkdown } from '../parse';
import type { TextVersion } from '../types';
import { viewOfDocument } from '../view';
import { toTmx, toTsv } from './aligned';
import { toBibtex, toCslJson, toRis } from './bibliographic';

/** The export formats, with their media type and file extension. */
export const EXPORT_FORMATS = {
  tmx: { type: 'application/x-tmx+xml; charset=utf-8', extension: 'tmx' },
  tsv: { type: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  bibtex: { type: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
  csl: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'csl.json' },
} as const;

/** One of the export formats. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The document in `format`, or undefined when there is no readable document by that slug. */
export async function renderDocumentExport(slug: string, format: ExportFormat, options: { corpusDir?: string; siteUrl?: string; today?: string } = {}): Promise<string | undefined> {
  const corpusDir = options.corpusDir ?? corpusDirectory();
  const document = await loadDocument(slug, corpusDir);
  if (!document?.meta || !isReadable(document)) return undefined;
  const view = viewOfDocument(document);
  if (!('reader' in view)) return undefined;
  const meta = document.meta;
  const record = documentRecord(meta, { slug, url: documentUrl(slug, options.siteUrl ?? siteUrl()), accessed: options.today ?? new Date().toISOString().slice(0, 10) });
  const aligned = {
    slug, title: meta.title, beads: view.reader.beads,
    ru: document.ru?.paragraphs.map((p) => p.text) ?? [], en: document.en[0]?.paragraphs.map((p) => p.text) ?? [],
  };
  const folder = path.join(/* turbopackIgnore: true */ corpusDir, slug);
  switch (format) {
    case 'tmx': {
      const [documentYml, ru, en] = await Promise.all([readCorpusText(path.join(folder, 'document.yml')), markdownOf(folder, document.ru), markdownOf(folder, document.en[0])]);
      return toTmx({ ...aligned, record: documentYml, markdown: { ru, en } });
    }
    case 'tsv': return toTsv({ ...aligned, record: await readCorpusText(path.join(folder, 'document.yml')) });
    case 'json': return `${JSON.stringify({ ...aligned, meta, notes: view.reader.notes, findings: view.reader.findings }, null, 2)}\n`;
    case 'bibtex': return toBibtex(record);
    case 'ris': return toRis(record);
    case 'csl': return toCslJson(record);
  }
}

/** Each paragraph of a text version as written in its file (for the TMX, so that an import restores the file). */
async function markdownOf(folder: string, version: TextVersion | undefined): Promise<string[]> {
  if (!version) return [];
  const text = await readCorpusText(path.join(folder, version.file));
  return version.paragraphs.map((paragraph) => (text === undefined ? paragraph.text : paragraphMarkdown(paragraph, text)));
}

