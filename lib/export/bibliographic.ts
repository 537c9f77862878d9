/**
 * A document as a reference-manager record: BibTeX, RIS and CSL-JSON. Archival documents are
 * manuscripts in all three (Zotero reads them as such); the locator goes where each format keeps
 * archive locations. Fields the document lacks are left out.
 */
import { formatLocator } from '../metadata';
import type { DocumentMeta } from '../types';

/** What a record needs besides the metadata: the key and the document's address in Sverka. */
export interface RecordContext {
  slug: string;
  url: string;
}

const location = (meta: DocumentMeta) => meta.locators.map(formatLocator).join('; ');
const dateParts = (iso: string) => iso.split('-').map(Number);

/** BibTeX @misc entry, braces and backslashes in values escaped. */
export function toBibtex(meta: DocumentMeta, context: RecordContext): string {
  const escape = (value: string) => value.replace(/([\\{}%&#$_^~])/g, '\\$1');
  const fields: Array<[string, string | undefined]> = [
    ['title', meta.title],
    ['date', meta.date],
    ['year', meta.date?.slice(0, 4)],
    ['howpublished', meta.source?.archive],
    ['note', [location(meta), meta.translator ? `Translated by ${meta.translator}` : ''].filter(Boolean).join('. ')],
    ['url', meta.source?.url ?? context.url],
    ['urldate', undefined],
  ];
  const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${escape(value!)}}`).join(',\n');
  return `@misc{${context.slug},\n${body}\n}\n`;
}

/** RIS record of type MANSCPT. */
export function toRis(meta: DocumentMeta, context: RecordContext): string {
  const lines: Array<[string, string | undefined]> = [
    ['TY', 'MANSCPT'],
    ['TI', meta.title],
    ['DA', meta.date?.replace(/-/g, '/')],
    ['PY', meta.date?.slice(0, 4)],
    ['AV', location(meta)],
    ['DB', meta.source?.archive],
    ['UR', meta.source?.url ?? context.url],
    ['N1', meta.translator ? `Translated by ${meta.translator}` : undefined],
    ['AB', meta.summary],
    ['ID', context.slug],
  ];
  return `${lines.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value!.replace(/\s+/g, ' ')}`).join('\n')}\nER  - \n`;
}

/** CSL-JSON item (an array of one), as citeproc and Zotero read it. */
export function toCslJson(meta: DocumentMeta, context: RecordContext): string {
  const item: Record<string, unknown> = {
    id: context.slug,
    type: 'manuscript',
    title: meta.title,
    URL: meta.source?.url ?? context.url,
  };
  if (meta.date) item.issued = { 'date-parts': [dateParts(meta.date)] };
  if (meta.locators.length > 0) item.archive_location = location(meta);
  if (meta.source?.archive) item.archive = meta.source.archive;
  if (meta.translator) item.translator = [{ literal: meta.translator }];
  if (meta.summary) item.abstract = meta.summary;
  return `${JSON.stringify([item], null, 2)}\n`;
}
