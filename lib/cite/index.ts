/** Cite stage: citations, paragraph ranges and quote selectors that re-anchor after corrections. */
export { chicagoNote, paragraphRange } from './citation';
export type { CitedPassage } from './citation';
export { anchorQuote, FUZZY_MATCH_DISTANCE, FUZZY_MATCH_THRESHOLD, hashText, QUOTE_CONTEXT, quoteSelector } from './selector';
export type { Anchor, QuoteSelector } from './selector';
