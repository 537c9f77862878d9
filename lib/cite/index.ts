/** Cite stage: citations, paragraph ranges and quote selectors that re-anchor after corrections. */
export { chicagoNote, citationParts } from './citation';
export type { CitedPassage } from './citation';
export { formatNote, paragraphRange } from './note';
export type { CitationParts } from './note';
export { anchorQuote, FUZZY_MATCH_DISTANCE, FUZZY_MATCH_THRESHOLD, QUOTE_CONTEXT, quoteSelectorWithHash } from './anchor';
export type { Anchor, QuoteSelector } from './anchor';
export { hashText, quoteSelector } from './selector';
