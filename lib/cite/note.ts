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

/** What is cited: the passages (bead indices, 0-based), where they live, and when they were read. */
export interface CitedPassage {
  /** First and last passage, as bead indices. */
  first: number;
  last: number;
  permalink: string;
  /** The archival leaves the passages are on, when the texts mark them: "l. 89", "ll. 88–89". */
  leaves?: string;
  /** The day the passage was read, as a reader writes it: "December 1, 2026". */
  accessed?: string;
}

/**
 * The number a person sees for a passage, everywhere (the reader's margin, URLs, citations,
 * search hits, findings): its place in the document, counted from 1.
 */
export function passageNumber(bead: number): number {
  return bead + 1;
}

/** "passage 18" or "passages 16–18". */
export function passageRange(first: number, last: number): string {
  return first === last ? `passage ${passageNumber(first)}` : `passages ${passageNumber(first)}–${passageNumber(last)}`;
}

/**
 * A note in the Chicago Manual's form for archival documents: sender to recipient, the kind of
 * document and its number, date, repository and place in it, the passage number, translator, the
 * collection and other copies, the URL and the day it was read. Parts the document lacks are
 * left out, never invented; without sender and recipient the published title leads, in quotes.
 */
export function formatNote(parts: CitationParts, passage: CitedPassage): string {
  const passages = passageRange(passage.first, passage.last);
  const where = [parts.collection, ...parts.otherCopies.map((copy) => `copy also in ${copy}`)].filter(Boolean).join('; ');
  const url = passage.accessed ? `${passage.permalink} (accessed ${passage.accessed})` : passage.permalink;
  const rest = [parts.date, parts.locators.join('; '), passage.leaves ? `${passages} (${passage.leaves})` : passages, parts.translator ? `trans. ${parts.translator}` : '', where, url].filter(Boolean);
  if (parts.from && parts.to) return `${[`${parts.from} to ${parts.to}`, parts.description, ...rest].join(', ')}.`;
  return `“${parts.title},” ${rest.join(', ')}.`;
}
