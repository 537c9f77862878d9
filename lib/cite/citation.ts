/** Citations of a document or of aligned passages, from its metadata. */
import { formatIsoDate, formatLocator } from '../metadata';
import type { DocumentMeta } from '../types';
import { formatNote, type CitationParts } from './note';

/** What is cited: paragraph indices (0-based) on each side, and where the passage lives. */
export interface CitedPassage {
  ru: number[];
  en: number[];
  permalink: string;
}

/** The parts of a note, formatted from the document's metadata. */
export function citationParts(meta: DocumentMeta): CitationParts {
  const parts: CitationParts = {
    title: meta.title,
    date: meta.date ? (meta.datePrinted ?? formatIsoDate(meta.date)) : 'n.d.',
    locators: meta.locators.map(formatLocator),
  };
  if (meta.translator) parts.translator = meta.translator;
  if (meta.source?.archive) parts.archive = meta.source.archive;
  return parts;
}

/** A Chicago-style note for a passage of the document (see `formatNote`). */
export function chicagoNote(meta: DocumentMeta, passage: CitedPassage): string {
  return formatNote(citationParts(meta), passage);
}
