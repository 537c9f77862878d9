/**
 * OCR stage: a scanned Russian original (PDF or page images) read by Tesseract into ru.md, with
 * folio marks per page, its provenance and the words the engine was unsure of; and those words
 * found again in the text for the reader, until a person marks the text reviewed.
 */
export { DEFAULT_LANGUAGES, DEFAULT_MAX_PAGES, importOriginal } from './import-original';
export type { ImportOriginalOptions, ImportOriginalResult } from './import-original';
export { OcrRefused } from './programs';
export { composeText } from './compose';
export { parseTesseractTsv } from './tsv';
export type { OcrWord } from './tsv';
export { placeDoubts } from './doubts';
