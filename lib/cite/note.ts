/**
 * The Chicago-style note from parts already formatted, with no other imports, so the reader's
 * cite panel in the browser and the server share this one function.
 */

/** What a note says about the document, formatted. */
export interface CitationParts {
  /** The published title, quoted when the note cannot name sender and recipient. */
  title: string;
  /** Sender and recipient as the record writes them: "Roshchin", "Filippov [Stalin]". */
  from?: string;
  to?: string;
  /** "ciphered telegram no. 22591", lower case as it runs in a sentence. */
  description: string;
  /** The date as printed, or "n.d." for an undated document. */
  date: string;
  /** "RGASPI, f. 558, op. 11, d. 334, ll. 88–89", one per copy the record locates (joined by semicolons). */
  locators: string[];
  translator?: string;
  /** The collection the translation is published in: "Wilson Center Digital Archive". */
  collection?: string;
  /** Other copies the source lists: "Library of Congress, Manuscript Division, …". */
  otherCopies: string[];
}

/** What is cited: paragraph indices (0-based) on each side, where the passage lives, and when it was read. */
export interface CitedPassage {
  ru: number[];
  en: number[];
  permalink: string;
  /** The day the passage was read, as a reader writes it: "December 1, 2026". */
  accessed?: string;
}

/** "¶ 12" or "¶ 12–14", 1-based, as readers number paragraphs. */
export function paragraphRange(paragraphs: number[]): string {
  if (paragraphs.length === 0) return '';
  const first = Math.min(...paragraphs) + 1;
  const last = Math.max(...paragraphs) + 1;
  return first === last ? `¶ ${first}` : `¶ ${first}–${last}`;
}

/**
 * A note in the Chicago Manual's form for archival documents: sender to recipient, the kind of
 * document and its number, date, repository and place in it, the passage, translator, the
 * collection and other copies, the URL and the day it was read. Parts the document lacks are
 * left out, never invented; without sender and recipient the published title leads, in quotes.
 */
export function formatNote(parts: CitationParts, passage: CitedPassage): string {
  const paragraphs = [
    passage.ru.length > 0 ? `${paragraphRange(passage.ru)} (Russian)` : '',
    passage.en.length > 0 ? `${paragraphRange(passage.en)} (English)` : '',
  ].filter(Boolean).join(', ');
  const where = [parts.collection, ...parts.otherCopies.map((copy) => `copy also in ${copy}`)].filter(Boolean).join('; ');
  const url = passage.accessed ? `${passage.permalink} (accessed ${passage.accessed})` : passage.permalink;
  const rest = [parts.date, parts.locators.join('; '), paragraphs, parts.translator ? `trans. ${parts.translator}` : '', where, url].filter(Boolean);
  if (parts.from && parts.to) return `${[`${parts.from} to ${parts.to}`, parts.description, ...rest].join(', ')}.`;
  return `“${parts.title},” ${rest.join(', ')}.`;
}
