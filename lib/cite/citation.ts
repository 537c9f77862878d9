/** Citations of a document or of aligned passages, from its record. */
import { formatLocator } from '../metadata';
import type { DocumentMeta } from '../types';
import { formatNote, type CitationParts, type CitedPassage } from './note';
import { displayName, documentRecord, withoutHonorific } from './record';

/** The parts of a note, formatted from the document's metadata (through its bibliographic record). */
export function citationParts(meta: DocumentMeta): CitationParts {
  const record = documentRecord(meta, { slug: '' });
  const parts: CitationParts = {
    title: meta.title,
    description: `${record.genre.toLowerCase()}${record.number ? ` no. ${record.number}` : ''}`,
    date: record.datePrinted ?? 'n.d.',
    locators: meta.locators.map(formatLocator),
    otherCopies: record.otherCopies,
  };
  if (record.authors.length > 0 && meta.to) {
    parts.from = record.authors.map(displayName).join(' and ');
    // The recipient as the record writes it, with the channel: "Mao Zedong (via Roshchin)".
    parts.to = withoutHonorific(meta.to);
  }
  if (record.translators.length > 0) parts.translator = record.translators.map(displayName).join(' and ');
  if (record.collection) parts.collection = record.collection;
  return parts;
}

/** A Chicago-style note for a passage of the document (see `formatNote`). */
export function chicagoNote(meta: DocumentMeta, passage: CitedPassage): string {
  return formatNote(citationParts(meta), passage);
}
