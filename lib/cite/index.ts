/** Cite stage: citations, paragraph ranges and quote selectors that re-anchor after corrections. */
export { chicagoNote, citationParts } from './citation';
export { displayName, documentRecord, invertedName } from './record';
export type { DocumentRecord, PersonName, RecordContext, RecordType } from './record';
export { documentUrl, siteUrl } from './site';
export { formatNote, passageNumber, passageRange } from './note';
export type { CitationParts, CitedPassage } from './note';
export { FUZZY_MATCH_DISTANCE, FUZZY_MATCH_THRESHOLD } from './anchor';
export type { Anchor } from './anchor';
export { decodeSelectors, fromSelector, hashVersion, QUOTE_CONTEXT, QUOTE_SELECTOR_TYPE, toSelector, versionText } from './selector';
export type { CitationSelectors, QuoteSelector, VersionText } from './selector';
export { decodePassageLink, encodePassageLink, findPassageLink, openingWords, passageVersion, toPassageLink } from './passage-link';
export type { LinkLanguage, PassageLink } from './passage-link';
export { citedLeaves, firstLeaf, folioMarks, leafOf } from './folios';
export type { FolioMark, PassageLeaf } from './folios';
