/** Citations of a document or of aligned passages: a Chicago-style note, and paragraph ranges. */
import { formatIsoDate, formatLocator } from '../metadata';
import type { DocumentMeta } from '../types';

/** What is cited: paragraph indices (0-based) on each side, and where the passage lives. */
export interface CitedPassage {
  ru: number[];
  en: number[];
  permalink: string;
}

/** "¶ 12" or "¶ 12–14", 1-based, as readers number paragraphs. */
export function paragraphRange(paragraphs: number[]): string {
  if (paragraphs.length === 0) return '';
  const first = Math.min(...paragraphs) + 1;
  const last = Math.max(...paragraphs) + 1;
  return first === last ? `¶ ${first}` : `¶ ${first}–${last}`;
}

/**
 * A Chicago-style note: "Title," date, archival locator, paragraphs, translator, source archive,
 * permalink. Parts the document lacks are left out, never invented.
 */
export function chicagoNote(meta: DocumentMeta, passage: CitedPassage): string {
  const paragraphs = [
    passage.ru.length > 0 ? `${paragraphRange(passage.ru)} (Russian)` : '',
    passage.en.length > 0 ? `${paragraphRange(passage.en)} (English)` : '',
  ].filter(Boolean).join(', ');
  const rest = [
    meta.date ? (meta.datePrinted ?? formatIsoDate(meta.date)) : 'n.d.',
    ...meta.locators.map(formatLocator),
    paragraphs,
    meta.translator ? `trans. ${meta.translator}` : '',
    meta.source?.archive ?? '',
    passage.permalink,
  ].filter(Boolean);
  return `“${meta.title},” ${rest.join(', ')}.`;
}
