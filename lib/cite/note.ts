/**
 * The Chicago-style note from parts already formatted, with no other imports, so the reader's
 * cite panel in the browser and the server share this one function.
 */

/** What a note says about the document, formatted: "July 22, 1950", "RGASPI f. 558, …". */
export interface CitationParts {
  title: string;
  /** The date as printed, or "n.d." for an undated document. */
  date: string;
  locators: string[];
  translator?: string;
  archive?: string;
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
export function formatNote(parts: CitationParts, passage: { ru: number[]; en: number[]; permalink: string }): string {
  const paragraphs = [
    passage.ru.length > 0 ? `${paragraphRange(passage.ru)} (Russian)` : '',
    passage.en.length > 0 ? `${paragraphRange(passage.en)} (English)` : '',
  ].filter(Boolean).join(', ');
  const rest = [parts.date, ...parts.locators, paragraphs, parts.translator ? `trans. ${parts.translator}` : '', parts.archive ?? '', passage.permalink]
    .filter(Boolean);
  return `“${parts.title},” ${rest.join(', ')}.`;
}
