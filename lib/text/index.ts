/** Text stage: bytes → normalised text, with every repair reported. */
export { decodeSource, firstInvalidUtf8, lineOfOffset, MAX_SOURCE_BYTES } from './decode';
export type { DecodedSource } from './decode';
export { splitPlainParagraphs } from './paragraphs';
export { editDistance } from './edit-distance';
export { shellQuote } from './shell-quote';
export { sha256Hex } from './hash';
export { foldCase } from './fold';
export { openingOf } from './opening';
